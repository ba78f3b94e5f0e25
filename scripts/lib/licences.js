/**
 * Which licences a host takes on by installing medusa-oms: the production dependency tree read
 * from node_modules, and the licence each package declares. CommonJS so that both the CLI
 * (scripts/check-licences.mjs) and the unit tests load it as is.
 */
const fs = require("node:fs")
const path = require("node:path")

/** Copyleft licences a closed-source store cannot ship with (LGPL is not among them). */
const FORBIDDEN_ID = /^(a?gpl|sspl)([-v0-9.+]|$)/i
const FORBIDDEN_TEXT = /\b(affero|server side public license)\b|(?<!lesser |library )general public license/i

/** The licence a package.json declares, as one expression, or null when it declares none. */
function declaredLicence(manifest) {
  const describe = (entry) => (typeof entry === "string" ? entry : entry && typeof entry.type === "string" ? entry.type : null)
  const single = describe(manifest.license)
  if (single && single.trim()) return single.trim()
  // The old `licenses` array lists alternatives the user may choose between.
  const listed = Array.isArray(manifest.licenses) ? manifest.licenses.map(describe).filter(Boolean) : []
  return listed.length ? listed.map((id) => (listed.length > 1 ? `(${id})` : id)).join(" OR ") : null
}

const isForbiddenId = (id) => FORBIDDEN_ID.test(id)

function tokenize(expression) {
  return expression.match(/\(|\)|[^\s()]+/g) ?? []
}

/**
 * SPDX expression -> the forbidden licences a user cannot avoid ([] when some choice is clean):
 * "MIT OR GPL-3.0" is fine (choose MIT), "MIT AND GPL-3.0" is not, "GPL-2.0 WITH x" is GPL.
 * Text that is no SPDX expression ("GNU General Public License") is matched as prose.
 */
function unavoidableForbidden(expression) {
  const tokens = tokenize(expression)
  let position = 0
  const fail = () => {
    throw new Error("not an SPDX expression")
  }
  const primary = () => {
    const token = tokens[position++]
    if (token === undefined || token === ")") fail()
    if (token === "(") {
      const inner = orExpression()
      if (tokens[position++] !== ")") fail()
      return inner
    }
    if (/^(and|or|with)$/i.test(token)) fail()
    if (/^with$/i.test(tokens[position] ?? "")) position += 2
    return isForbiddenId(token) ? [token] : []
  }
  const andExpression = () => {
    const found = primary()
    while (/^and$/i.test(tokens[position] ?? "")) {
      position++
      found.push(...primary())
    }
    return found
  }
  function orExpression() {
    let found = andExpression()
    while (/^or$/i.test(tokens[position] ?? "")) {
      position++
      const other = andExpression()
      found = found.length && other.length ? [...found, ...other] : []
    }
    return found
  }
  try {
    const found = orExpression()
    if (position !== tokens.length) fail()
    return found
  } catch {
    return FORBIDDEN_TEXT.test(expression) || tokens.some(isForbiddenId) ? [expression] : []
  }
}

function readManifest(folder) {
  return JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8"))
}

/** Node's lookup: node_modules/<name> in the requiring package's folder, then each parent up to the root. */
function resolvePackage(name, fromFolder, rootFolder) {
  let folder = fromFolder
  for (;;) {
    const candidate = path.join(folder, "node_modules", name)
    if (fs.existsSync(path.join(candidate, "package.json"))) return candidate
    if (path.resolve(folder) === path.resolve(rootFolder)) return null
    const parent = path.dirname(folder)
    if (parent === folder) return null
    folder = parent
  }
}

/**
 * Every package `npm install <root>` gives a host: the root itself, its "dependencies" and
 * "optionalDependencies", and theirs, transitively (peer dependencies of those packages too, as
 * npm installs them). The root's own peerDependencies are the host's Medusa, chosen and installed
 * by the host, and its devDependencies never reach a host: both are out of scope.
 */
function productionTree(rootFolder) {
  const root = readManifest(rootFolder)
  const hostOwned = new Set(Object.keys(root.peerDependencies ?? {}))
  const packages = [{ name: root.name, version: root.version, folder: rootFolder, requiredBy: null, licence: declaredLicence(root) }]
  const missing = []
  const seen = new Set([path.resolve(rootFolder)])
  const queue = [{ manifest: root, folder: rootFolder, chain: root.name }]
  while (queue.length) {
    const { manifest, folder, chain } = queue.shift()
    const optional = new Set([
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.entries(manifest.peerDependenciesMeta ?? {}).filter(([, meta]) => meta?.optional).map(([name]) => name),
    ])
    const peers = manifest === root ? [] : Object.keys(manifest.peerDependencies ?? {}).filter((name) => !hostOwned.has(name))
    const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {}), ...peers]
    for (const name of new Set(names)) {
      const found = resolvePackage(name, folder, rootFolder)
      if (!found) {
        if (!optional.has(name)) missing.push(`${name} (required by ${chain})`)
        continue
      }
      if (seen.has(path.resolve(found))) continue
      seen.add(path.resolve(found))
      const child = readManifest(found)
      packages.push({ name, version: child.version, folder: found, requiredBy: chain, licence: declaredLicence(child) })
      queue.push({ manifest: child, folder: found, chain: `${chain} > ${name}` })
    }
  }
  return { packages, missing }
}

/** The tree's verdict: packages whose licence forbids closed-source use, and those that declare none. */
function auditLicences(rootFolder) {
  const { packages, missing } = productionTree(rootFolder)
  const forbidden = []
  const undeclared = []
  for (const pkg of packages) {
    if (!pkg.licence || /^(unlicensed|see licen[cs]e in)/i.test(pkg.licence)) undeclared.push(pkg)
    else if (unavoidableForbidden(pkg.licence).length) forbidden.push(pkg)
  }
  return { packages, forbidden, undeclared, missing }
}

module.exports = { declaredLicence, unavoidableForbidden, productionTree, auditLicences }
