// Stops early, with a plain message, on a Node older than the project needs. better-sqlite3 13
// ships an N-API 10 binary that crashes Node 20 instead of reporting an error. Plain CommonJS
// with no syntax newer than Node 12, so it can speak on the old Node it is warning about.
'use strict';
var required = [22, 14, 0];
var actual = process.versions.node.split('.').map(Number);
var ok = false;
for (var i = 0; i < 3; i++) {
  if (actual[i] !== required[i]) {
    ok = actual[i] > required[i];
    break;
  }
  if (i === 2) ok = true;
}
if (!ok) {
  console.error(
    'Stride Clinic needs Node.js ' +
      required.join('.') +
      ' or newer; this is Node ' +
      process.versions.node +
      '.\n' +
      'Install Node 22 (the version in .nvmrc), for example with nvm: nvm install && nvm use',
  );
  process.exit(1);
}
