// Imported first by the CLI's and the server's entries: V8 compiles each regular expression on its first use.
import { setFlagsFromString } from 'node:v8';

// By default V8 interprets a regular expression's first runs and compiles it only once it has run a while. pilotlint's
// detectors are few, long and run on every sentence, so a short-lived CLI process spent most of its time in the
// interpreter: the CLI on the 24 repo proposals used 4.4-4.8 s of CPU with the default and 3.0-3.4 s with this flag
// (docs/performance.md, round 14). Process-wide (the server's lint worker shares it), read when an expression first runs.
setFlagsFromString('--no-regexp-tier-up');
