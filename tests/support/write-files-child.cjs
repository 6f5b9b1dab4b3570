// Writes an export's files in a child process whose file size limit the test has lowered
// (`ulimit -f`), so that writing one of them fails part way, as on a full disk.
require('tsx/cjs/api').register();
require('./write-files-child-run.ts');
