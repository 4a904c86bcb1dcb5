#!/usr/bin/env bash
# End-to-end tests of the packaged pilotlint.vsix in a real VS Code workbench (code-server + Debian chromium).
# env: CS_VERSION (default 4.100.3, the newest that runs on Node 20), PORT (default: a free one),
#      E2E_ONLY=host|browser (run one half), E2E_SKIP_BUILD=1 (reuse pilotlint.vsix), VERBOSE=1
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
E2E="$ROOT/test/e2e"
CS_VERSION=${CS_VERSION:-4.100.3}
CS_DIR="$ROOT/.cache/code-server"
LOGS="$ROOT/.cache/e2e-run"
OUT="$ROOT/test-output/e2e"
T0=$(date +%s%N)
say() { local d=$(( ($(date +%s%N) - T0) / 100000000 )); echo "[e2e $((d / 10)).$((d % 10))s] $*"; }
fail_early() { echo "e2e: setup failed: $*" >&2; echo "e2e: 0 passed, 1 failed"; exit 1; }

# --- Debian packages: chromium drives the workbench; the others let code-server's native modules build offline.
missing=()
for p in chromium libkrb5-dev ripgrep pkg-config python3 make g++; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  say "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq || fail_early "apt-get update"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null || fail_early "apt-get install ${missing[*]}"
fi

# --- code-server into a git-ignored cache, outside the project's dependencies (its postinstall takes a minute).
ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
if ! { [ -f "$ENTRY" ] && [ -f "$CS_DIR/.ok-$CS_VERSION" ]; }; then
  say "installing code-server $CS_VERSION into $CS_DIR"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"private":true}' > "$CS_DIR/package.json"
  install_tmp=$(mktemp -d /tmp/pl-cs-XXXXXX)
  (
    export TMPDIR="$install_tmp"
    # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the tarball:
    # seed that cache with Debian's rg, at the exact versions code-server's shrinkwrap pins.
    work=$(mktemp -d)
    cd "$work"
    npm pack --silent "code-server@$CS_VERSION" >/dev/null
    tar xzf code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json
    rgpkg=$(node -p 'const p=require("./package/lib/vscode/npm-shrinkwrap.json").packages["node_modules/@vscode/ripgrep"];p?p.version:""')
    if [ -n "$rgpkg" ]; then
      npm pack --silent "@vscode/ripgrep@$rgpkg" >/dev/null
      tar xzf vscode-ripgrep-*.tgz package/lib/postinstall.js
      tag=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" package/lib/postinstall.js)
      mkdir -p rg "$TMPDIR/vscode-ripgrep-cache-$rgpkg"
      cp "$(command -v rg)" rg/rg
      tar czf "$TMPDIR/vscode-ripgrep-cache-$rgpkg/ripgrep-$tag-x86_64-unknown-linux-musl.tar.gz" -C rg rg
    fi
    cd "$CS_DIR"; rm -rf "$work"
    # root needs unsafe_perm for the postinstall; node-pty's build runs `npx node-gyp`, which must not prompt.
    npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --no-save "code-server@$CS_VERSION"
  ) > "$CS_DIR/install.log" 2>&1 || { rm -rf "$install_tmp"; tail -30 "$CS_DIR/install.log" >&2; fail_early "code-server install (log: $CS_DIR/install.log)"; }
  rm -rf "$install_tmp"
  touch "$CS_DIR/.ok-$CS_VERSION"
fi
say "code-server $CS_VERSION ready"

# Everything the server and the browser run in sits in a short folder under /tmp: code-server, its extension hosts and
# chromium put Unix sockets there, and a socket path over about 107 bytes fails, so a deep clone must not hold them.
STATE=$(mktemp -d /tmp/pl-e2e-XXXXXX)
keep_logs() { rm -rf "$LOGS"; mkdir -p "$LOGS"; cp "$STATE"/*.log "$LOGS"/ 2>/dev/null || true; rm -rf "$STATE"; }
trap keep_logs EXIT
rm -rf "$OUT"; mkdir -p "$STATE"/{home,tmp,ud/User,ext,xdg-config,xdg-data} "$OUT"

# --- the extension exactly as users get it.
if [ "${E2E_SKIP_BUILD:-}" != 1 ] || [ ! -f "$ROOT/pilotlint.vsix" ]; then
  ( cd "$ROOT" && npm run --silent package ) > "$STATE/package.log" 2>&1 || { cat "$STATE/package.log" >&2; fail_early "npm run package"; }
fi
say "pilotlint.vsix: $(stat -c %s "$ROOT/pilotlint.vsix") bytes"
cp "$E2E/settings.json" "$STATE/ud/User/settings.json"
csenv=(env HOME="$STATE/home" TMPDIR="$STATE/tmp" XDG_CONFIG_HOME="$STATE/xdg-config" XDG_DATA_HOME="$STATE/xdg-data")
"${csenv[@]}" node "$ENTRY" --user-data-dir "$STATE/ud" --extensions-dir "$STATE/ext" \
  --install-extension "$ROOT/pilotlint.vsix" > "$STATE/install-extension.log" 2>&1 \
  || { cat "$STATE/install-extension.log" >&2; fail_early "code-server --install-extension"; }
# A language pack with no translations makes nb a display language (none can be downloaded offline): see its README.
( cd "$E2E/nb-language-pack" && npx vsce package --no-dependencies --allow-missing-repository --skip-license -o "$STATE/nb-pack.vsix" ) \
  > "$STATE/nb-pack.log" 2>&1 || { cat "$STATE/nb-pack.log" >&2; fail_early "packaging the nb language pack"; }
"${csenv[@]}" node "$ENTRY" --user-data-dir "$STATE/ud" --extensions-dir "$STATE/ext" \
  --install-extension "$STATE/nb-pack.vsix" >> "$STATE/install-extension.log" 2>&1 \
  || { cat "$STATE/install-extension.log" >&2; fail_early "code-server --install-extension nb-pack.vsix"; }
EXT_PATH=$(ls -d "$STATE"/ext/pilotlint.pilotlint-*/ 2>/dev/null | head -1)
[ -n "$EXT_PATH" ] || fail_early "the vsix did not install into $STATE/ext"
EXT_PATH=${EXT_PATH%/}
say "installed into $EXT_PATH"

free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
CS_PID=
stop() {
  [ -n "$CS_PID" ] || return 0
  kill -TERM -- "-$CS_PID" 2>/dev/null || { CS_PID=; return 0; }
  for _ in $(seq 50); do kill -0 -- "-$CS_PID" 2>/dev/null || { CS_PID=; return 0; }; sleep 0.1; done
  kill -KILL -- "-$CS_PID" 2>/dev/null || true; CS_PID=
}
trap 'stop; keep_logs' EXIT
# start_server PORT USER_DATA_DIR LOG [ARGS...]: setsid makes the server's PID its process group, so one kill stops it
# with its extension hosts and language servers.
start_server() {
  local port=$1 ud=$2 log=$3; shift 3
  "${csenv[@]}" setsid node "$ENTRY" --auth none --bind-addr "127.0.0.1:$port" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --user-data-dir "$ud" --extensions-dir "$STATE/ext" "$@" > "$STATE/$log" 2>&1 &
  CS_PID=$!
  for _ in $(seq 150); do curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break; sleep 0.2; done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" || { tail -20 "$STATE/$log" >&2; fail_early "code-server did not answer on port $port"; }
  say "code-server on 127.0.0.1:$port (process group $CS_PID) $*"
}
PORT=${PORT:-$(free_port)}
start_server "$PORT" "$STATE/ud" code-server.log

export CS_URL="http://127.0.0.1:$PORT" EXT_PATH OUT STATE
export TMPDIR="$STATE/tmp" E2E_SHORT_TMP="$STATE/tmp"   # chromium's profile and temp files stay in the run's short folder
if [ "${E2E_ONLY:-host}" != browser ]; then
  node "$E2E/workspace.mjs" "$STATE/ws-host" >/dev/null
  WS="$STATE/ws-host" node "$E2E/exthost.mjs" || true
  say "in-host suite done"
fi
if [ "${E2E_ONLY:-browser}" != host ]; then
  node "$E2E/workspace.mjs" "$STATE/ws-ui" >/dev/null
  WS="$STATE/ws-ui" node "$E2E/browser.mjs" || true
  say "browser test done; screenshots in ${OUT#"$ROOT"/}"
  # Display language nb: a server of its own with --locale nb and the pack's translations registered in
  # languagepacks.json, the cache VS Code writes when it installs a language pack (code-server's CLI install does not).
  stop
  mkdir -p "$STATE/ud-nb/User"; cp "$STATE/ud/User/settings.json" "$STATE/ud-nb/User/"
  pack=$(ls -d "$STATE"/ext/pilotlint-e2e.pilotlint-e2e-nb-language-pack-*/ | head -1)
  printf '{"nb":{"hash":"pilotlint-e2e","extensions":[{"extensionIdentifier":{"id":"pilotlint-e2e.pilotlint-e2e-nb-language-pack"},"version":"0.0.1"}],"translations":{"vscode":"%s"},"label":"norsk bokm\\u00e5l"}}\n' \
    "${pack}translations/main.i18n.json" > "$STATE/ud-nb/languagepacks.json"
  NB_PORT=$(free_port)
  start_server "$NB_PORT" "$STATE/ud-nb" code-server-nb.log --locale nb
  node "$E2E/workspace.mjs" "$STATE/ws-nb" >/dev/null
  CS_URL="http://127.0.0.1:$NB_PORT" WS="$STATE/ws-nb" node "$E2E/browser-nb.mjs" || true
  say "Norwegian UI test done"
fi

# Each part writes {passed, failed} to $OUT/<part>.json; a part that crashed before writing counts as one failure.
node -e '
  const fs = require("fs"), path = require("path");
  const parts = process.argv.slice(1);
  let passed = 0, failed = 0;
  for (const p of parts) {
    try { const r = JSON.parse(fs.readFileSync(path.join(process.env.OUT, p + ".json"), "utf8")); passed += r.passed; failed += r.failed; }
    catch { console.log(`e2e: ${p} left no result`); failed += 1; }
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
' $( [ "${E2E_ONLY:-host}" != browser ] && echo host ) $( [ "${E2E_ONLY:-browser}" != host ] && echo browser browser-nb )
