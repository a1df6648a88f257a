/* eslint-disable */
// Builds the taskpane, the sign-in dialog page and (only with --env demo) the demo page with the stand-ins.
// The production build (`npm run build`) never contains anything from dev/.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// The manifest generators and the Content-Security-Policy are TypeScript modules with their own tests.
const { require: requireTs } = require("tsx/cjs/api");
const { DEV_BASE_URL } = requireTs("./scripts/manifest/render.ts", __filename);
const { ADDIN } = requireTs("./scripts/manifest/source/addin.ts", __filename);
const { buildManifests, APP_PACKAGE_FILE } = requireTs("./scripts/manifest/buildManifests.ts", __filename);

/**
 * Writes manifest.xml and the app package (manifest.json, icons, localization files), both generated for the base
 * URL from scripts/manifest/source/addin.ts, next to the pages they point to.
 */
class EmitManifestsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const name = "EmitManifestsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const built = buildManifests(this.baseUrl, __dirname);
        compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(built.xml));
        compilation.emitAsset(APP_PACKAGE_FILE, new webpack.sources.RawSource(Buffer.from(built.zip)));
        // Rebuild in watch mode when the wording or the definition changes.
        compilation.fileDependencies.add(path.join(__dirname, "scripts/manifest/wording.json"));
        compilation.fileDependencies.add(path.join(__dirname, "scripts/manifest/source/addin.ts"));
      });
    });
  }
}
const { contentSecurityPolicy } = requireTs("./src/taskpane/csp.ts", __filename);
const { COMPILE_HINT } = requireTs("./scripts/build/compileHint.ts", __filename);
const { FirstScreenStylesheetPlugin } = require("./scripts/build/firstScreenStylesheetPlugin.cjs");
const { SOURCE_QUERY: CATALOG_SOURCE_QUERY } = require("./scripts/i18n/precompiledCatalogLoader.cjs");

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const demo = Boolean(env.demo);
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  // No unsafe-eval, no inline scripts; only Office's CDN, the MicrosoftAjax.js file Outlook's host scripts load, and
  // the configured cloud's Graph, sign-in and upload hosts (src/taskpane/csp.ts says why each is there).
  const csp = contentSecurityPolicy({ cloud: process.env.ADDIN_CLOUD || "global" });
  // Each page's template writes it at the top of <head>, before office.js's <script>: a policy in a <meta> covers
  // only what the page loads after it.
  const templateParameters = { contentSecurityPolicy: csp };
  const cssFilename = mode === "production" ? "[name].[contenthash:8].css" : "[name].css";
  // The page-load benchmark's baselines (--env benchBaseline for office.js and one Fluent button,
  // --env benchBaseline=template for the first screen of Microsoft's React task pane template; dev/bench/ holds
  // both), built by bench/pageLoad.ts into the demo build's folder and framed as the pane is. Each is a compilation
  // of its own, because Griffel's extraction writes one stylesheet per compilation: in the demo's, a baseline would
  // load the whole product's CSS.
  const BENCH_BASELINES = {
    button: { name: "bench-baseline-pane", source: "./dev/bench/baselinePane.tsx" },
    template: { name: "bench-template-pane", source: "./dev/bench/templatePane.tsx" },
  };
  const benchBaseline = env.benchBaseline
    ? BENCH_BASELINES[env.benchBaseline === "template" ? "template" : "button"]
    : null;
  const baselinePage =
    benchBaseline &&
    new HtmlWebpackPlugin({
      filename: `${benchBaseline.name}.html`,
      template: "./dev/demo/taskpane.html",
      chunks: [benchBaseline.name],
    });
  const entry = benchBaseline
    ? { [benchBaseline.name]: benchBaseline.source }
    : { startup: "./src/taskpane/startup.ts", taskpane: "./src/taskpane/index.tsx", dialog: "./src/dialog/index.ts" };
  const pages = benchBaseline
    ? [baselinePage]
    : [
        new HtmlWebpackPlugin({
          filename: "taskpane.html",
          template: "./src/taskpane/taskpane.html",
          // The small start-up script first (src/taskpane/startup.ts says why); both are deferred, so run in order.
          chunks: ["startup", "taskpane"],
          chunksSortMode: "manual",
          templateParameters,
        }),
        new HtmlWebpackPlugin({
          filename: "dialog.html",
          template: "./src/dialog/dialog.html",
          chunks: ["dialog"],
          templateParameters,
        }),
      ];
  if (demo && !benchBaseline) {
    // The simulated Outlook (demo.html), the task pane it frames, and the MicrosoftAjax and window.external stand-ins.
    entry.demo = "./dev/demo/index.tsx";
    entry["demo-taskpane"] = "./dev/demo/taskpane.tsx";
    entry["microsoft-ajax"] = {
      import: "./dev/outlook-web/microsoftAjaxEntry.ts",
      filename: "stand-ins/MicrosoftAjax.js",
    };
    // Classic Outlook's window.external, which the dev server adds to the pane page when Win32 opens it.
    entry["outlook-win32-external"] = {
      import: "./dev/outlook-win32/externalStandInEntry.ts",
      filename: "stand-ins/OutlookWin32External.js",
    };
    pages.push(
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./dev/demo/demo.html", chunks: ["demo"] }),
      // Its Content-Security-Policy comes as a header from the dev server, which knows the emulator's port.
      new HtmlWebpackPlugin({
        filename: "demo-taskpane.html",
        template: "./dev/demo/taskpane.html",
        chunks: ["startup", "demo-taskpane"],
        chunksSortMode: "manual",
      }),
    );
    // The nested-app-auth harness: a simulated Outlook page and the add-in frame it brokers (real MSAL).
    entry["naa-harness-host"] = "./dev/naa/harness/host.ts";
    entry["naa-harness-frame"] = "./dev/naa/harness/frame.ts";
    for (const page of ["host", "frame"]) {
      pages.push(
        new HtmlWebpackPlugin({
          filename: `naa-harness-${page}.html`,
          template: `./dev/naa/harness/${page}.html`,
          chunks: [`naa-harness-${page}`],
        }),
      );
    }
  }
  return {
    mode,
    entry,
    target: ["web", "es2022"],
    // No eval-based source maps: the pages' Content-Security-Policy refuses eval, in development too.
    devtool: mode === "production" ? "source-map" : "cheap-module-source-map",
    output: {
      path: path.resolve(__dirname, env.outDir || (demo ? ".demo-build" : "dist")),
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      // Relative to the page: every page sits beside its bundles and chunks, so the build works from any base URL,
      // path included (https://contoso.example/tools/meeting-attachments/). "auto" would work too, at 0.2 KB more
      // of start-up code to find the script's own folder.
      publicPath: "",
      clean: !benchBaseline,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // The catalogs arrive precompiled (below), so the ICU parser (about 7 KB gzip) is left out, as react-intl's
      // guide to pre-parsing messages describes.
      alias: {
        "@formatjs/icu-messageformat-parser$": "@formatjs/icu-messageformat-parser/no-parser.js",
        // MSAL's own modules for its nested app authentication client, which its package exports do not list
        // (src/auth/msalNestedAppAuth.ts says why).
        "msal-browser-dist": path.resolve(__dirname, "node_modules/@azure/msal-browser/dist"),
      },
    },
    module: {
      rules: [
        {
          // The precompiled styles of Fluent UI's packages and ours leave the JavaScript for one stylesheet (the task
          // pane's page links the part its first screen uses: FirstScreenStylesheetPlugin below). Runs last (rules'
          // loaders chain first to last, and run last to first).
          test: /\.(?:[cm]?js|tsx?)$/,
          include: [
            path.resolve(__dirname, "src"),
            path.resolve(__dirname, "dev"),
            /[\\/]node_modules[\\/]@fluentui[\\/]/,
          ],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          // Fluent's top-level reads of its theme tokens become the strings they read, so that its token map
          // leaves the bundle (scripts/build/fluentTokenLiteralsLoader.cjs says why).
          test: /\.js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/](?!tokens[\\/])[^\\/]+[\\/]lib[\\/]/,
          use: path.resolve(__dirname, "scripts/build/fluentTokenLiteralsLoader.cjs"),
        },
        // The CSS the extraction produces, written out as a file.
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Our makeStyles calls become Griffel's precompiled form at build time, as Fluent's own packages ship:
            // the runtime CSS compiler (stylis, rtl-css-js) and the token map stay out of the bundle. It runs on
            // ts-loader's JavaScript (loaders apply bottom to top).
            { loader: "@griffel/webpack-loader" },
            { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
          ],
        },
        {
          // Each language's whole catalog, as ICU ASTs compiled by @formatjs/cli at build time.
          test: /[\\/]src[\\/]i18n[\\/]messages[\\/](?:[a-z]{2}|en[A-Z][A-Za-z]+)\.ts$/,
          resourceQuery: { not: [new RegExp(CATALOG_SOURCE_QUERY)] },
          enforce: "post",
          use: path.resolve(__dirname, "scripts/i18n/precompiledCatalogLoader.cjs"),
        },
      ],
    },
    plugins: [
      ...pages,
      // Griffel sorts its own rules in the stylesheet, so webpack's chunk-order warnings are beside the point.
      new MiniCssExtractPlugin({ filename: cssFilename, ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      // The task pane's page links only the rules its first screen can use; its lazy chunks wait for the whole
      // stylesheet (scripts/build/firstScreenStylesheetPlugin.cjs says why).
      new FirstScreenStylesheetPlugin({ entries: ["taskpane", "demo-taskpane"], cssFilename }),
      // V8's explicit compile hint, as the first line of each page's entry script (whose functions nearly all run
      // while the page starts): Chromium-based hosts (Outlook on the web, new Outlook's WebView2) then compile its
      // functions on the thread that streams the script in, instead of one by one on the main thread at first call.
      // Lazy chunks run only in part and are left to lazy compilation. Added after minification, which drops
      // comments, and before the source maps are written, which shift by the line.
      new webpack.BannerPlugin({
        banner: COMPILE_HINT,
        raw: true,
        entryOnly: true,
        test: /\.js$/,
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
      }),
      new webpack.DefinePlugin({
        __ADDIN_CLIENT_ID__: JSON.stringify(process.env.ADDIN_CLIENT_ID || ""),
        __ADDIN_CLOUD__: JSON.stringify(process.env.ADDIN_CLOUD || "global"),
        __ADDIN_TENANT__: JSON.stringify(process.env.ADDIN_TENANT || "organizations"),
        __MANIFEST_ID__: JSON.stringify(ADDIN.id),
        __MANIFEST_PERMISSION__: JSON.stringify(ADDIN.permission),
      }),
      ...(benchBaseline
        ? []
        : [
            new CopyWebpackPlugin({
              patterns: [
                // The icons and the help page the manifest's SupportUrl names.
                { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
              ],
            }),
            new EmitManifestsPlugin(baseUrl),
          ]),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
