/* eslint-disable */
// Builds the taskpane, the sign-in dialog page and (only with --env demo) the demo page with the stand-ins.
// The production build (`npm run build`) never contains anything from dev/.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// The manifest renderer and the Content-Security-Policy are TypeScript modules with their own tests.
const { require: requireTs } = require("tsx/cjs/api");
const { renderManifest, DEV_BASE_URL } = requireTs("./scripts/manifest/render.ts", __filename);
const { contentSecurityPolicy } = requireTs("./src/taskpane/csp.ts", __filename);

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
  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    dialog: "./src/dialog/index.ts",
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      templateParameters,
    }),
    new HtmlWebpackPlugin({
      filename: "dialog.html",
      template: "./src/dialog/dialog.html",
      chunks: ["dialog"],
      templateParameters,
    }),
  ];
  if (demo) {
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
        chunks: ["demo-taskpane"],
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
  const manifestXml = require("fs").readFileSync(path.join(__dirname, "manifest.xml"), "utf8");
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
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      ...pages,
      new webpack.DefinePlugin({
        __ADDIN_CLIENT_ID__: JSON.stringify(process.env.ADDIN_CLIENT_ID || ""),
        __ADDIN_CLOUD__: JSON.stringify(process.env.ADDIN_CLOUD || "global"),
        __ADDIN_TENANT__: JSON.stringify(process.env.ADDIN_TENANT || "organizations"),
        __MANIFEST_ID__: JSON.stringify((/<Id>([^<]+)<\/Id>/.exec(manifestXml) || [])[1] || ""),
        __MANIFEST_PERMISSION__: JSON.stringify(
          (/<Permissions>([^<]+)<\/Permissions>/.exec(manifestXml) || [])[1] || "",
        ),
      }),
      new CopyWebpackPlugin({
        patterns: [
          // The icons and the help page the manifest's SupportUrl names.
          { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl === DEV_BASE_URL ? content : renderManifest(content.toString(), baseUrl)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
