// Sets `"allowErrorForDataTypeAny": true` in functions.json, in the same build that custom-functions-metadata-plugin
// generates it: the generator cannot emit the flag, and without it Excel never passes error cells to a custom
// function (so input errors could not flow through as the catalogue requires). Microsoft's metadata reference:
// "Unlike the other JSON metadata properties, allowErrorForDataTypeAny is a top-level property" — it applies to
// every parameter of type any, i.e. to all HC parameters; it is not a per-function option.
'use strict';

const { Compilation, WebpackError, sources } = require('webpack');

const PLUGIN_NAME = 'AllowErrorCellsPlugin';

class AllowErrorCellsPlugin {
  /** @param {{ asset: string }} options the metadata file's name in the output, e.g. functions.json */
  constructor(options) {
    this.asset = options.asset;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // The metadata plugin adds its asset when the compilation starts; this stage runs after that.
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.asset);
          if (!asset) {
            compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${this.asset} was not generated`));
            return;
          }
          const metadata = { ...JSON.parse(asset.source.source().toString()), allowErrorForDataTypeAny: true };
          compilation.updateAsset(this.asset, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        },
      );
    });
  }
}

module.exports = { AllowErrorCellsPlugin };
