-- Drives pilotlint-ls from Neovim's own LSP client (headless) and writes what the editor saw as JSON for test/nvim.test.ts.
-- Environment: PL_SERVER (bin/pilotlint-ls.js), PL_FILE (the proposal to open), PL_OUT (where the JSON goes).
local out_path = assert(os.getenv('PL_OUT'), 'PL_OUT')
local file = assert(os.getenv('PL_FILE'), 'PL_FILE')
local server = assert(os.getenv('PL_SERVER'), 'PL_SERVER')
local result = { steps = {} }

local function write_result(err)
  result.error = err
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

-- The buffer as the server must see it: Neovim sends its lines joined by the file's line ending.
local function buffer_text(bufnr)
  local eol = vim.bo[bufnr].fileformat == 'dos' and '\r\n' or '\n'
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), eol)
  if vim.bo[bufnr].eol then text = text .. eol end
  return text
end

-- Diagnostics in Neovim's own terms (0-based line, byte column), as the editor draws them.
local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = d.code or lsp.code, severity = d.severity, message = d.message, source = d.source,
    })
  end
  return list
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local published = {}
  local client_id = vim.lsp.start_client({
    name = 'pilotlint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, res, ctx, cfg)
        table.insert(published, res.version or -1)
        return vim.lsp.diagnostic.on_publish_diagnostics(e, res, ctx, cfg)
      end,
    },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- Waits until the server has published diagnostics for the buffer's current version.
  local function settled(label)
    local want = vim.lsp.util.buf_versions[bufnr]
    local done = vim.wait(20000, function()
      return published[#published] ~= nil and (want == nil or published[#published] == want)
    end, 20)
    assert(done, label .. ': no diagnostics for version ' .. tostring(want) .. ' within 20 s')
    table.insert(result.steps, { label = label, text = buffer_text(bufnr), diagnostics = diagnostics(bufnr) })
  end

  local function request(method, params)
    local res, req_err = client.request_sync(method, params, 10000, bufnr)
    assert(res, method .. ': ' .. tostring(req_err))
    assert(not res.err, method .. ': ' .. vim.inspect(res.err))
    return res.result
  end

  local function apply(action)
    if action.edit then vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding) end
  end

  settled('open')
  result.offset_encoding = client.offset_encoding
  local first = result.steps[1].diagnostics[1]
  assert(first, 'no diagnostics on open')

  -- Hover at the first diagnostic, with the position made by Neovim from its cursor.
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
  local hover = request('textDocument/hover', vim.lsp.util.make_position_params())
  result.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL

  -- Code actions at each diagnostic in turn until one offers a preferred fix (not every rule has a fix).
  local preferred, at
  for _, d in ipairs(result.steps[1].diagnostics) do
    vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
    local params = vim.lsp.util.make_range_params()
    params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum) }
    local actions = request('textDocument/codeAction', params) or {}
    result.actions = {}
    for _, a in ipairs(actions) do
      table.insert(result.actions, { title = a.title, kind = a.kind, isPreferred = a.isPreferred or false })
      if a.isPreferred and not preferred then preferred, at = a, d end
    end
    if preferred then break end
  end
  assert(preferred, 'no diagnostic offers a preferred quick fix')
  result.applied = { title = preferred.title, code = at.code }
  apply(preferred)
  settled('quick fix')

  -- Typing: an emoji and Norwegian letters in front of the first diagnostic's line, sent as an incremental change.
  local line = result.steps[#result.steps].diagnostics[1].lnum
  vim.api.nvim_buf_set_text(bufnr, line, 0, line, 0, { '🚀 Æøå ' })
  settled('typed emoji')

  local symbols = request('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() })
  result.symbols = symbols and #symbols or 0

  -- Fix-all as an editor asks for it on save, twice: the second must change nothing.
  for round = 1, 2 do
    local p = vim.lsp.util.make_range_params()
    p.context = { diagnostics = {}, only = { 'source.fixAll.pilotlint' } }
    local fixes = request('textDocument/codeAction', p) or {}
    assert(#fixes <= 1, 'more than one fix-all action')
    if fixes[1] then apply(fixes[1]) end
    settled('fix-all ' .. round)
  end

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)

write_result(not ok and tostring(err) or nil)
vim.cmd(ok and 'qall!' or 'cquit 1')
