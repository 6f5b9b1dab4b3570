// `npm run bench` starts here rather than with `tsx bench/run.ts`. A worker thread inherits
// the command line's --require and --import hooks, and under tsx's hooks the built handout
// worker cannot load @react-pdf/renderer (ERR_PACKAGE_PATH_NOT_EXPORTED). Registered from here,
// tsx compiles the benchmark's TypeScript in this thread only, and the worker runs as in the app.
require('tsx/cjs/api').register();
require('./run.ts');
