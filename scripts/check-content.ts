import { checkContent } from '../src/content-model/integrity';
import { readContentFiles } from '../src/content-model/load-files';

const { files, problems } = await readContentFiles(process.cwd());
const all = [...problems, ...checkContent(files)];
for (const problem of all) console.error(`${problem.path}: ${problem.message}`);
console.log(`${files.length} playbook files checked, ${all.length} problems`);
process.exit(all.length === 0 ? 0 : 1);
