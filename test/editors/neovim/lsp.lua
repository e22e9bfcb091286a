-- Headless Neovim (0.7+) as an independent LSP client of Byline: starts `node dist/server.js
-- --stdio`, opens the article named by BYLINE_ARTICLE, waits for diagnostics, asks for a hover at
-- BYLINE_HOVER_LINE/COL and for document symbols and code actions, and writes what it got as JSON
-- to BYLINE_RESULT. Exits 0 when it could ask everything, 1 otherwise.
local out = os.getenv('BYLINE_RESULT')
local article = os.getenv('BYLINE_ARTICLE')
local server = os.getenv('BYLINE_SERVER')
local hover_line = tonumber(os.getenv('BYLINE_HOVER_LINE'))
local hover_col = tonumber(os.getenv('BYLINE_HOVER_COL'))
local result = { diagnostics = {}, hover = vim.NIL, symbols = vim.NIL, actions = vim.NIL, errors = {} }

local function finish(code)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd((code == 0) and 'qall!' or 'cquit 1')
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
if not client_id then
  table.insert(result.errors, 'the server did not start')
  finish(1)
end

vim.cmd('edit ' .. vim.fn.fnameescape(article))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(15000, function() return diagnostics_seen end, 50) then
  table.insert(result.errors, 'no diagnostics within 15 s')
  finish(1)
end

local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = hover_line, character = hover_col },
}, 10000)
if hover and hover[client_id] then result.hover = hover[client_id].result end

local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(buf) } }, 10000)
if symbols and symbols[client_id] then result.symbols = symbols[client_id].result end

-- A code action on the first diagnostic, as `vim.lsp.buf.code_action()` would ask.
local d = result.diagnostics[1]
local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = d.range,
  context = { diagnostics = { d } },
}, 10000)
if actions and actions[client_id] then result.actions = actions[client_id].result end

finish(0)
