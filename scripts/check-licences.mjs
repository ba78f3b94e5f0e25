#!/usr/bin/env node
/**
 * Fails when a package a host installs with medusa-oms carries a GPL, AGPL or SSPL licence.
 *
 *   node scripts/check-licences.mjs [project folder]     (after npm ci; default: this project)
 *
 * Reads the production tree from node_modules (see scripts/lib/licences.js for what is in scope).
 * A package that declares no licence is a warning, not a failure: someone has to look at it.
 */
import path from "node:path"
import { fileURLToPath } from "node:url"
import licences from "./lib/licences.js"

const folder = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".."))
const { packages, forbidden, undeclared, missing } = licences.auditLicences(folder)
const label = (pkg) => `${pkg.name}@${pkg.version}${pkg.requiredBy ? ` (via ${pkg.requiredBy})` : ""}`

for (const pkg of undeclared) console.warn(`licences: warning: ${label(pkg)} declares no open-source licence (${pkg.licence ?? "none"})`)
for (const name of missing) console.error(`licences: not installed: ${name}; run npm ci first`)
for (const pkg of forbidden) console.error(`licences: ${label(pkg)} is licensed ${pkg.licence}: not allowed in a production dependency`)

if (forbidden.length || missing.length) process.exit(1)
console.log(`licences: ${packages.length} production package(s) checked, none GPL, AGPL or SSPL`)
