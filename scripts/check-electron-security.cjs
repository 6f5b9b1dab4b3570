// Runs Electronegativity (Doyensec's checker for Electron security mistakes) over the app's
// sources and fails on any finding that is not waived in the code with a reason. The tool
// itself exits 0 whatever it finds, so its SARIF report is read back here.
//
//   node scripts/check-electron-security.cjs [--input src] [--report <file.sarif>]
//
// A waiver is a comment on the line of the finding, `eng-disable CHECK_ID: why it is safe`;
// Electronegativity reads the check name, this script insists on the reason after the colon.
'use strict';
const { mkdirSync, readFileSync, readdirSync, rmSync, statSync } = require('node:fs');
const { setTimeout: sleep } = require('node:timers/promises');
const { dirname, join, relative, resolve } = require('node:path');
const electronegativity = require('@doyensec/electronegativity');

/** Checks left out of every run, each with the reason. */
const CHECKS_LEFT_OUT = {
  // It downloads Electron's release list from GitHub, so its answer would depend on the
  // network and the day. Keeping Electron current is the job of dependency updates.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
};

const SOURCE_FILE = /\.(ts|tsx|js|cjs|mjs|jsx|html)$/;
const WAIVER = /eng-disable\b([^\n]*)/g;
const WAIVER_PARTS = /^\s+([A-Za-z_]+(?:[ \t,]+[A-Za-z_]+)*)\s*(?::\s*(.*?))?\s*(?:\*\/|-->)?\s*$/;
const SHORTEST_REASON = 12;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

/** Every `eng-disable` comment must name its checks and say why they do not apply. */
function waiversWithoutReason(folder) {
  const problems = [];
  for (const file of sourceFiles(folder)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(WAIVER)) {
        const parts = WAIVER_PARTS.exec(match[1]);
        const reason = parts?.[2] ?? '';
        if (!parts || reason.length < SHORTEST_REASON) {
          problems.push(
            `${relative(process.cwd(), file)}:${index + 1}: a waiver needs the check's name and ` +
              `the reason it is safe: "eng-disable CHECK_ID: why"`,
          );
        }
      }
    });
  }
  return problems;
}

/**
 * Electronegativity writes its report with a callback it does not wait for, so the report
 * may still be on its way when the scan returns: read it once it is complete JSON.
 */
async function readReport(reportFile) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      return JSON.parse(readFileSync(reportFile, 'utf8'));
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`Electronegativity wrote no readable report to ${reportFile}`);
}

/** The findings in a SARIF report, one readable line each. */
function findingsIn(report, inputFolder) {
  return report.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const where = result.locations?.[0]?.physicalLocation;
      const file = where?.artifactLocation?.uri ?? '(whole app)';
      const line = where?.region?.startLine ?? 0;
      const path =
        file === 'N/A' ? '(whole app)' : relative(process.cwd(), join(inputFolder, file));
      return `${path}:${line}: ${result.ruleId}: ${result.message?.text ?? ''}`;
    }),
  );
}

async function main() {
  const input = resolve(option('--input', 'src'));
  const reportFile = resolve(option('--report', 'test-results/electronegativity/src.sarif'));
  mkdirSync(dirname(reportFile), { recursive: true });
  rmSync(reportFile, { force: true });
  const { version } = require('electron/package.json');

  const { errors } = await electronegativity({
    input,
    output: reportFile,
    isSarif: true,
    isRelative: true,
    // The scan reads sources, not the installed package.json: tell it the Electron in use,
    // or it assumes version 0.1 and its insecure defaults.
    electronVersionOverride: version,
    excludeFromScan: Object.keys(CHECKS_LEFT_OUT).map((check) => check.toLowerCase()),
  });
  const report = await readReport(reportFile);

  const problems = [
    // A file it could not parse is a file nobody checked.
    ...errors.map(
      (error) => `${relative(process.cwd(), error.file)}: not checked: ${error.message}`,
    ),
    ...findingsIn(report, input),
    ...waiversWithoutReason(input),
  ];
  const scanned = relative(process.cwd(), input) || '.';
  if (problems.length > 0) {
    console.error(`Electron security check of ${scanned}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ${problem}`);
    console.error(
      'Fix each one, or waive it on its line with "eng-disable CHECK_ID: why it is safe".',
    );
    process.exitCode = 1;
    return;
  }
  console.log(`Electron security check of ${scanned}: no findings (Electron ${version}).`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
