#!/usr/bin/env node
// Starts the bundled pilotlint language server (stdio unless --node-ipc is given).
require('../dist/server.js');
