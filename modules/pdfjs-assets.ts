/**
 * WXT module: copies pdf.js's CMaps and standard fonts into the build (`/pdfjs/…`), as the
 * library documents for reading Chinese PDFs, so the report page never fetches them.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

export default defineWxtModule({
  name: 'credit-auth:pdfjs-assets',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_wxt, assets) => {
      const root = resolve(wxt.config.root, 'node_modules/pdfjs-dist');
      for (const folder of ['cmaps', 'standard_fonts']) {
        for (const file of readdirSync(join(root, folder))) {
          assets.push({ absoluteSrc: join(root, folder, file), relativeDest: `pdfjs/${folder}/${file}` });
        }
      }
    });
  },
});
