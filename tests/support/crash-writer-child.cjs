// Writes assessments through the app's services in a child process of its own, so that the
// crash-safety test can kill it with SIGKILL at any moment, in the middle of a transaction.
require('tsx/cjs/api').register();
require('./crash-writer-child-run.ts');
