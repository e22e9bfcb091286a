-- Headless Neovim (0.7+) as an independent LSP client of Byline, run by test/editors/neovim.test.ts:
-- starts `node BYLINE_SERVER --stdio`, opens the article BYLINE_ARTICLE, waits for its diagnostics,
-- asks for a hover at BYLINE_HOVER_LINE/COL (0-based, UTF-16), the document symbols and the code
-- actions of the first diagnostic, and writes what it got as JSON to BYLINE_RESULT. Every wait is
-- bounded; any failure, a Lua error included, is written to `errors` and exits with status 1.
local out = os.getenv('BYLINE_RESULT')
local result = { diagnostics = {}, hover = vim.NIL, symbols = vim.NIL, actions = vim.NIL, errors = {} }

local function finish(code)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd((code == 0) and 'qall!' or 'cquit 1')
end

local function fail(message)
  error({ byline = message })
end

-- The result of one request, or an error naming it; `timeout_ms` bounds the wait.
local function request(buf, client_id, method, params, timeout_ms)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, timeout_ms)
  if not responses then fail(method .. ': ' .. tostring(err)) end
  local response = responses[client_id]
  if not response then fail(method .. ': no answer within ' .. timeout_ms .. ' ms') end
  if response.err then fail(method .. ': ' .. vim.inspect(response.err)) end
  return response.result
end

local function run()
  local article = os.getenv('BYLINE_ARTICLE')
  local server = os.getenv('BYLINE_SERVER')
  local hover_line = tonumber(os.getenv('BYLINE_HOVER_LINE'))
  local hover_col = tonumber(os.getenv('BYLINE_HOVER_COL'))
  if not (out and article and server and hover_line and hover_col) then
    fail('set BYLINE_RESULT, BYLINE_ARTICLE, BYLINE_SERVER, BYLINE_HOVER_LINE and BYLINE_HOVER_COL')
  end

  local diagnostics_seen = false
  local client_id = vim.lsp.start_client({
    name = 'byline',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(article, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params and #params.diagnostics > 0 then
          result.diagnostics = params.diagnostics
          diagnostics_seen = true
        end
      end,
    },
  })
  if not client_id then fail('the server did not start') end

  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local buf = vim.api.nvim_get_current_buf()
  if not vim.lsp.buf_attach_client(buf, client_id) then fail('could not attach the server to the article') end

  if not vim.wait(15000, function() return diagnostics_seen end, 50) then
    fail('no diagnostics within 15 s')
  end

  local document = { uri = vim.uri_from_bufnr(buf) }
  result.hover = request(buf, client_id, 'textDocument/hover', {
    textDocument = document,
    position = { line = hover_line, character = hover_col },
  }, 10000) or vim.NIL
  result.symbols = request(buf, client_id, 'textDocument/documentSymbol', { textDocument = document }, 10000) or vim.NIL

  -- The code actions on the first diagnostic, as `vim.lsp.buf.code_action()` would ask.
  local first = result.diagnostics[1]
  result.actions = request(buf, client_id, 'textDocument/codeAction', {
    textDocument = document,
    range = first.range,
    context = { diagnostics = { first } },
  }, 10000) or vim.NIL
end

local ok, err = xpcall(run, function(e)
  if type(e) == 'table' and e.byline then return e.byline end
  return debug.traceback(tostring(e))
end)
if not ok then table.insert(result.errors, err) end
finish(ok and 0 or 1)
