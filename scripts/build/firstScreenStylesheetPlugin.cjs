/**
 * Gives a page only the CSS its first screen can use, and the whole stylesheet before any lazy chunk that needs it.
 *
 * Griffel's extraction writes every rule of the build into one sorted stylesheet (rules later in it win, as its
 * runtime's style buckets would), and a page links it in <head>: the task pane parsed and matched some 70 KB of rules,
 * four fifths of them for forms, dialogs and notices in lazy chunks, before its first paint. For each page of the
 * named entries, this plugin writes `<entry>.first-screen.<hash>.css`, the rules its initial scripts can use
 * (firstScreenRules.cjs), links it in place of the whole stylesheet, and prefetches the whole one. In the entry's
 * runtime, a chunk-loading handler makes each lazy chunk that imports Griffel's CSS wait until the whole stylesheet
 * is applied, as mini-css-extract-plugin does for a chunk's own CSS. The whole stylesheet, appended after the first
 * screen's, repeats all of its rules in Griffel's order, so the cascade is then the whole stylesheet's alone.
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { firstScreenRules } = require("./firstScreenRules.cjs");

const NAME = "FirstScreenStylesheetPlugin";
const GRIFFEL_CHUNK = "griffel";
const CSS_MODULE_TYPE = "css/mini-extract";
const HANDLER_KEY = "fullStylesheet";

/**
 * Whether one of the chunk's modules (or one concatenated into it) imports a Griffel CSS module.
 * @param {import("webpack").Compilation} compilation
 * @param {import("webpack").Chunk} chunk
 */
function importsGriffelCss(compilation, chunk) {
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
    const inner = /** @type {{ modules?: Iterable<import("webpack").Module> }} */ (module).modules;
    for (const each of [module, ...(inner ?? [])]) {
      for (const connection of compilation.moduleGraph.getOutgoingConnections(each)) {
        if (connection.module?.type === CSS_MODULE_TYPE) return true;
      }
    }
  }
  return false;
}

/** @param {typeof import("webpack")} webpack */
function fullStylesheetRuntimeModule(webpack) {
  const { RuntimeGlobals, RuntimeModule, Template } = webpack;
  return class FullStylesheetRuntimeModule extends RuntimeModule {
    /** @param {string} cssFilename the stylesheet's filename template (MiniCssExtractPlugin's `filename`) */
    constructor(cssFilename) {
      super("whole stylesheet before lazy chunks");
      this.cssFilename = cssFilename;
      // The stylesheet's name holds its content hash, known once chunks are hashed.
      this.dependentHash = true;
    }

    getInstalledChunkHandlers() {
      return [[RuntimeGlobals.ensureChunkHandlers, HANDLER_KEY]];
    }

    generate() {
      const compilation = /** @type {import("webpack").Compilation} */ (this.compilation);
      const chunk = /** @type {import("webpack").Chunk} */ (this.chunk);
      const griffel = compilation.namedChunks.get(GRIFFEL_CHUNK);
      if (!griffel) return "";
      const href = compilation.getPath(this.cssFilename, { chunk: griffel, contentHashType: CSS_MODULE_TYPE });
      /** @type {Record<string, 1>} */
      const waiting = {};
      for (const lazy of chunk.getAllAsyncChunks()) {
        if (lazy.id !== null && importsGriffelCss(compilation, lazy)) waiting[lazy.id] = 1;
      }
      return Template.asString([
        `var waitsForStylesheet = ${JSON.stringify(waiting)};`,
        "var stylesheetApplied;",
        `${RuntimeGlobals.ensureChunkHandlers}.${HANDLER_KEY} = function(chunkId, promises) {`,
        Template.indent([
          "if (!waitsForStylesheet[chunkId]) return;",
          "stylesheetApplied = stylesheetApplied || new Promise(function(resolve, reject) {",
          Template.indent([
            `var href = ${RuntimeGlobals.publicPath} + ${JSON.stringify(href)};`,
            "var link = document.createElement('link');",
            "link.rel = 'stylesheet';",
            "link.href = href;",
            "link.onload = function() { resolve(); };",
            "link.onerror = function(event) {",
            Template.indent([
              // Tried again at the next lazy chunk, as webpack does with a chunk that failed to load.
              "stylesheetApplied = undefined;",
              "link.parentNode && link.parentNode.removeChild(link);",
              "var error = new Error('Loading the stylesheet ' + href + ' failed.');",
              "error.name = 'ChunkLoadError';",
              "error.type = event && event.type;",
              "error.request = href;",
              "reject(error);",
            ]),
            "};",
            "document.head.appendChild(link);",
          ]),
          "});",
          "promises.push(stylesheetApplied);",
        ]),
        "};",
      ]);
    }
  };
}

class FirstScreenStylesheetPlugin {
  /**
   * @param {{ entries: readonly string[], cssFilename: string }} options the entries whose pages get a first-screen
   *   stylesheet, and MiniCssExtractPlugin's `filename` template
   */
  constructor(options) {
    this.entries = new Set(options.entries);
    this.cssFilename = options.cssFilename;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { webpack } = compiler;
    const RuntimeModuleClass = fullStylesheetRuntimeModule(webpack);
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.runtimeRequirementInTree
        .for(webpack.RuntimeGlobals.ensureChunkHandlers)
        .tap(NAME, (chunk, set) => {
          if (!chunk.name || !this.entries.has(chunk.name)) return;
          set.add(webpack.RuntimeGlobals.publicPath);
          compilation.addRuntimeModule(chunk, new RuntimeModuleClass(this.cssFilename));
        });

      /** The whole stylesheet's file, and each entry's first-screen one. */
      let whole;
      /** @type {Map<string, string>} */
      const firstScreenFiles = new Map();
      compilation.hooks.processAssets.tap(
        // After Griffel's extraction has sorted its stylesheet (PRE_PROCESS), before the pages are written.
        { name: NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const griffel = compilation.namedChunks.get(GRIFFEL_CHUNK);
          whole = griffel && [...griffel.files].find((file) => file.endsWith(".css"));
          if (!whole) return;
          const css = compilation.getAsset(whole).source.source().toString();
          for (const entry of this.entries) {
            const entrypoint = compilation.entrypoints.get(entry);
            if (!entrypoint) continue;
            const scripts = entrypoint.chunks
              .flatMap((chunk) => [...chunk.files])
              .filter((file) => file.endsWith(".js"))
              .map((file) => compilation.getAsset(file).source.source().toString());
            const content = firstScreenRules(css, scripts);
            const hash = webpack.util.createHash(compilation.outputOptions.hashFunction);
            hash.update(content);
            const contenthash = String(hash.digest(compilation.outputOptions.hashDigest));
            const file = compilation.getPath(this.cssFilename, {
              chunk: /** @type {import("webpack").Chunk} */ ({ name: `${entry}.first-screen`, id: entry }),
              contentHashType: CSS_MODULE_TYPE,
              contentHash: contenthash,
            });
            compilation.emitAsset(file, new webpack.sources.RawSource(content), { contenthash });
            entrypoint.getEntrypointChunk().auxiliaryFiles.add(file);
            firstScreenFiles.set(entry, file);
          }
        },
      );

      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      /** @param {{ options: { chunks?: unknown } }} plugin the entry of ours this page loads, if any */
      const entryOf = (plugin) => {
        const chunks = Array.isArray(plugin.options.chunks) ? plugin.options.chunks : [];
        return chunks.find((name) => firstScreenFiles.has(name));
      };
      hooks.beforeAssetTagGeneration.tap(NAME, (data) => {
        const entry = entryOf(data.plugin);
        if (!entry || !whole) return data;
        const { publicPath } = data.assets;
        data.assets.css = data.assets.css.map((href) =>
          href === publicPath + whole ? publicPath + firstScreenFiles.get(entry) : href,
        );
        return data;
      });
      hooks.alterAssetTagGroups.tap(NAME, (data) => {
        if (!entryOf(data.plugin) || !whole) return data;
        // Fetched when the page is idle, so that the first lazy form finds it in the cache.
        data.headTags.push(
          HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "prefetch", href: data.publicPath + whole }),
        );
        return data;
      });
    });
  }
}

module.exports = { FirstScreenStylesheetPlugin };
