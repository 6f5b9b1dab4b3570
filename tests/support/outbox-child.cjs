// Runs the app's outbox sender in a child process of its own, so that a test can kill it at
// the worst moment (the server has the email, the database does not yet say "sent").
require('tsx/cjs/api').register();
require('./outbox-child-run.ts');
