import { mkdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { generatedFiles, REPO_ROOT } from './outputs';

for (const [path, text] of Object.entries(generatedFiles())) {
  mkdirSync(dirname(join(REPO_ROOT, path)), { recursive: true });
  writeFileSync(join(REPO_ROOT, path), text);
  console.log(`wrote ${path}`);
}
