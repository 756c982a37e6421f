import { mkdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { generatedFiles } from './outputs';

const root = join(__dirname, '..', '..', '..', '..');
for (const [path, text] of Object.entries(generatedFiles())) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
