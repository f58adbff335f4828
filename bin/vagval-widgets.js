#!/usr/bin/env node
// npx vagval-widgets validate FILE...
import { readFile } from 'node:fs/promises';
import { parseStrategy } from '../dist/data/index.js';

const USAGE = `Usage: vagval-widgets validate FILE...

Checks strategy data files (JSON, format version 1) and prints one line per
problem: FILE: path: message. Exits 0 when every file is valid, 1 otherwise.`;

const READ_ERRORS = { ENOENT: 'there is no such file', EISDIR: 'this is a folder, not a file', EACCES: 'permission denied' };

async function problems(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [{ path: '', message: `cannot read the file: ${READ_ERRORS[error.code] ?? error.message}` }];
  }
  const result = parseStrategy(text);
  return result.ok ? [] : result.issues;
}

const [command, ...files] = process.argv.slice(2);

if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
} else if (command !== 'validate' || files.length === 0) {
  console.error(command === 'validate' ? 'vagval-widgets validate: name at least one file.\n' : `vagval-widgets: unknown command ${command ? `"${command}"` : '(none)'}.\n`);
  console.error(USAGE);
  process.exitCode = 2;
} else {
  let invalid = 0;
  for (const file of files) {
    const issues = await problems(file);
    if (issues.length) invalid++;
    for (const issue of issues) console.log(`${file}: ${issue.path || '(root)'}: ${issue.message}`);
  }
  // The summary goes to stderr so stdout holds only issue lines.
  console.error(invalid ? `${invalid} of ${files.length} files have problems.` : `${files.length === 1 ? 'The file is' : `All ${files.length} files are`} valid.`);
  process.exitCode = invalid ? 1 : 0;
}
