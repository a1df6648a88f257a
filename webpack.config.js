/* eslint-disable */
// Builds the taskpane, the sign-in dialog page and (only with --env demo) the demo page with the stand-ins.
// The production build (`npm run build`) never contains anything from dev/.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEFAULT_BASE_URL = "https://localhost:3000";

function productionBaseUrl() {
  const value = (process.env.ADDIN_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(value)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL, got "${value}"`);
  }
  return value;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const demo = Boolean(env.demo);
  const baseUrl = productionBaseUrl();
  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    dialog: "./src/dialog/index.ts",
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
    new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/dialog/dialog.html", chunks: ["dialog"] }),
  ];
  if (demo) {
    entry.demo = "./dev/demo/index.tsx";
    pages.push(new HtmlWebpackPlugin({ filename: "demo.html", template: "./dev/demo/demo.html", chunks: ["demo"] }));
  }
  return {
    mode,
    entry,
    target: ["web", "es2022"],
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    output: {
      path: path.resolve(__dirname, env.outDir || (demo ? ".demo-build" : "dist")),
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "/",
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
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEFAULT_BASE_URL).join(baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
