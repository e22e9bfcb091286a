;;; eglot.el --- Emacs and eglot as an LSP client of Byline, for test/editors/emacs.test.ts  -*- lexical-binding: t -*-

;; Run as `emacs --batch -Q -l eglot.el'.  Opens the article BYLINE_ARTICLE in text-mode, starts
;; eglot on it with `node BYLINE_SERVER --stdio', waits for the diagnostics to reach Flymake, asks
;; the server (through eglot's own server object) for a hover at BYLINE_HOVER_LINE/COL (0-based,
;; UTF-16) and for the document symbols, and writes what it got as JSON to BYLINE_RESULT.  Every
;; wait is bounded; any failure, a Lisp error included, is written to `errors' and exits with 1.

;;; Code:

(require 'cl-lib)
(require 'json)

(defconst byline-result-file (getenv "BYLINE_RESULT"))
(defvar byline-result
  (list :diagnostics [] :flymake [] :hover nil :symbols nil :eglot nil :emacs emacs-version :errors nil)
  "What the run saw, written as JSON to `byline-result-file'.")

(defun byline-finish (code)
  "Write the result and leave Emacs with exit status CODE."
  (setq byline-result (plist-put byline-result :errors (vconcat (plist-get byline-result :errors))))
  (let ((json (json-encode byline-result)))
    (if byline-result-file
        (with-temp-file byline-result-file (insert json))
      (message "%s" json)))
  (kill-emacs code))

(defun byline-fail (format-string &rest args)
  "Stop the run with the message FORMAT-STRING formatted with ARGS."
  (signal 'error (list (apply #'format format-string args))))

(defun byline-wait-until (seconds predicate)
  "Let Emacs read its processes and run its timers until PREDICATE holds or SECONDS pass.
Return PREDICATE's last value."
  (let ((deadline (+ (float-time) seconds))
        (value nil))
    (while (and (not (setq value (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun byline-load-eglot ()
  "Make eglot loadable under -Q, which leaves Debian's site-lisp packages out."
  (unless (require 'eglot nil t)
    (require 'package)
    (dolist (dir '("/usr/share/emacs/site-lisp/elpa" "/usr/share/emacs/site-lisp/elpa-src"))
      (when (file-directory-p dir) (add-to-list 'package-directory-list dir)))
    (package-initialize)
    (unless (require 'eglot nil t)
      (byline-fail "eglot is not installed (apt-get install elpa-eglot)"))))

(defun byline-run ()
  "The test proper: see the commentary at the top of this file."
  (let ((article (getenv "BYLINE_ARTICLE"))
        (server-js (getenv "BYLINE_SERVER"))
        (hover-line (string-to-number (or (getenv "BYLINE_HOVER_LINE") "-1")))
        (hover-col (string-to-number (or (getenv "BYLINE_HOVER_COL") "-1"))))
    (unless (and byline-result-file article server-js (>= hover-line 0) (>= hover-col 0))
      (byline-fail "set BYLINE_RESULT, BYLINE_ARTICLE, BYLINE_SERVER, BYLINE_HOVER_LINE and BYLINE_HOVER_COL"))
    (set-language-environment "UTF-8")
    (prefer-coding-system 'utf-8)
    (byline-load-eglot)
    (require 'package)
    (setq byline-result (plist-put byline-result :eglot
                                   (or (let ((desc (cadr (assq 'eglot package-alist))))
                                         (and desc (package-version-join (package-desc-version desc))))
                                       "built-in")))
    ;; Exactly the configuration the README gives users, and bounded waits for the handshake.
    (add-to-list 'eglot-server-programs `((text-mode) "node" ,server-js "--stdio"))
    (setq eglot-sync-connect t
          eglot-connect-timeout 15
          eglot-autoreconnect nil)

    (find-file article)
    (text-mode)
    (apply #'eglot (eglot--guess-contact))
    (unless (byline-wait-until 15 (lambda () (and (eglot-current-server) (bound-and-true-p eglot--managed-mode))))
      (byline-fail "eglot did not start managing the article within 15 s"))
    (let ((server (eglot-current-server)))
      ;; Flymake starts its backends on the first command; batch Emacs runs none, so start it here.
      (unless (byline-wait-until
               15 (lambda ()
                    (unless (flymake-diagnostics) (flymake-start))
                    (flymake-diagnostics)))
        (byline-fail "no diagnostics reached Flymake within 15 s"))
      (let ((diagnostics (flymake-diagnostics)))
        (setq byline-result
              (plist-put byline-result :diagnostics
                         (vconcat (delq nil (mapcar (lambda (d)
                                                      (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)))
                                                    diagnostics)))))
        (setq byline-result
              (plist-put byline-result :flymake (vconcat (mapcar #'flymake-diagnostic-text diagnostics)))))

      (let ((document (eglot--TextDocumentIdentifier)))
        (setq byline-result
              (plist-put byline-result :hover
                         (jsonrpc-request server :textDocument/hover
                                          (list :textDocument document
                                                :position (list :line hover-line :character hover-col))
                                          :timeout 10)))
        (setq byline-result
              (plist-put byline-result :symbols
                         (jsonrpc-request server :textDocument/documentSymbol
                                          (list :textDocument document)
                                          :timeout 10))))
      ;; A clean goodbye (shutdown, exit), bounded too; the result does not depend on it.
      (ignore-errors (eglot-shutdown server nil 3)))))

(condition-case err
    (progn (byline-run) (byline-finish 0))
  (error
   (setq byline-result
         (plist-put byline-result :errors
                    (append (plist-get byline-result :errors) (list (error-message-string err)))))
   (byline-finish 1)))

;;; eglot.el ends here
