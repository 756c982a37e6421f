// Browser bundles of the add-in, written to dist/. `webpack --mode production` (npm run build) or
// `--mode development` (npm run build:dev, npm run dev-server).
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { AllowErrorCellsPlugin } = require('./scripts/build/allow-error-cells-plugin');
const { productionBaseUrl, toProductionManifest } = require('./scripts/build/production-url');

/** Script bundles: dist/<name>.js. */
const ENTRIES = {
  // Excel's custom functions; also the manifest's CustomFunctions Script URL.
  functions: './src/functions/functions.ts',
  taskpane: './src/taskpane/taskpane.ts',
  // The page `npm start` serves (dist/index.html).
  standalone: './src/standalone/index.ts',
};

/** HTML pages: dist/<filename>, loading the listed bundles in this order. */
const PAGES = [
  // The task pane page IS the shared runtime (manifest resid Taskpane.Url), so it loads the functions too.
  { filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['functions', 'taskpane'] },
  { filename: 'index.html', template: './src/standalone/index.html', chunks: ['standalone'] },
];

/** The generated wrappers that custom-functions-metadata-plugin reads, and the metadata it writes. */
const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const FUNCTIONS_METADATA = 'functions.json';

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = production ? productionBaseUrl() : undefined;
  return {
    mode: argv.mode ?? 'development',
    entry: ENTRIES,
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: 'source-map',
    // publicPath '': lazily loaded chunks resolve next to the page, wherever dist/ is hosted, without webpack's
    // document.currentScript detection.
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', publicPath: '', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Types are checked by `npm run typecheck`; ES modules let webpack drop unused code. Our code is emitted
          // as ES2017 for the older webviews of some SharedRuntime 1.1 Excel builds (dependencies ship as they are).
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: 'es2017' } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: FUNCTIONS_METADATA }),
      new AllowErrorCellsPlugin({ asset: FUNCTIONS_METADATA }),
      ...PAGES.map((page) => new HtmlWebpackPlugin(page)),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/*/*.css', to: '[name][ext]' },
          {
            from: 'manifest.xml',
            transform: (content) => (production ? toProductionManifest(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    // Started by scripts/dev-server.js, which adds the https certificates. No injected client (live reload,
    // overlay): it needs inline styles and a socket that the standalone page's CSP forbids. Reload by hand.
    devServer: {
      port: 3000,
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
