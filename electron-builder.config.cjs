// @ts-check
// Packaging for `npm run dist` (electron-builder). Read by scripts/dist.mts, and by a unit test
// (scripts/packaging-config.test.ts) that holds the fuses, the unpack rule and the targets.

/** better-sqlite3's compiled binaries, one per system; each installer keeps only its own. */
const sqlitePrebuilds = 'node_modules/better-sqlite3/prebuilds'

/** @param {string[]} others the prebuild name prefixes of the other systems */
const dropPrebuildsOf = (others) => others.map((name) => `!${sqlitePrebuilds}/${name}-*.node`)

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.spotter.desktop',
  productName: 'Spotter',
  copyright: 'Copyright © Spotter',
  directories: { output: 'dist', buildResources: 'resources/build' },

  // Only the built app goes in: sources, tests, configs, docs and browser mode stay out.
  // electron-builder adds the production dependencies from node_modules on its own.
  files: [
    'package.json',
    'out/main/**/*',
    'out/preload/**/*',
    'out/renderer/**/*',
    '!out/main/web.js',
    '!**/*.map',
    '!node_modules/better-sqlite3/{src,deps}/**/*',
    '!node_modules/better-sqlite3/binding.gyp'
  ],

  asar: true,
  // A native module cannot be loaded from inside the asar archive, so its .node files sit beside it.
  asarUnpack: ['**/*.node'],

  // better-sqlite3 ships Node-API binaries that Electron loads as they are: nothing is rebuilt,
  // so packaging never calls node-gyp or @electron/rebuild.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,

  // Flipped in the packaged Electron binary for every release build.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false
  },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Clients, programs and handouts for trainers who coach runners',
    maintainer: 'Spotter <hello@spotter.invalid>',
    files: dropPrebuildsOf(['darwin', 'win32'])
  },
  deb: { packageCategory: 'misc' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.healthcare-fitness',
    files: dropPrebuildsOf(['linux', 'linuxmusl', 'win32'])
  },
  win: {
    target: ['nsis'],
    files: dropPrebuildsOf(['linux', 'linuxmusl', 'darwin'])
  },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true }
}
