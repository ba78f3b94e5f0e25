import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { auditLicences, declaredLicence, unavoidableForbidden } = require("../lib/licences.js")

const CLI = path.join(__dirname, "..", "check-licences.mjs")

/** Writes folder/package.json (folder relative to the fixture root). */
function writePackage(root: string, folder: string, manifest: Record<string, unknown>) {
  fs.mkdirSync(path.join(root, folder), { recursive: true })
  fs.writeFileSync(path.join(root, folder, "package.json"), JSON.stringify({ version: "1.0.0", ...manifest }))
}

const fixtures: string[] = []
afterAll(() => fixtures.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })))

/** A plugin whose MIT dependency pulls in a GPL package two levels down, nested as npm does. */
function fixture(extra: (root: string) => void = () => undefined): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "oms-licences-"))
  fixtures.push(root)
  writePackage(root, ".", {
    name: "plugin",
    license: "MIT",
    dependencies: { "clean-lib": "^1.0.0" },
    devDependencies: { "dev-tool": "^1.0.0" },
    peerDependencies: { "host-framework": "^1.0.0" },
  })
  writePackage(root, "node_modules/clean-lib", { name: "clean-lib", license: "MIT", dependencies: { "gpl-lib": "1.0.0" } })
  writePackage(root, "node_modules/clean-lib/node_modules/gpl-lib", { name: "gpl-lib", license: "GPL-3.0-or-later" })
  writePackage(root, "node_modules/dev-tool", { name: "dev-tool", license: "AGPL-3.0" })
  writePackage(root, "node_modules/host-framework", { name: "host-framework", license: "SSPL-1.0" })
  extra(root)
  return root
}

describe("declaredLicence", () => {
  it.each([
    [{ license: "MIT" }, "MIT"],
    [{ license: { type: "ISC", url: "x" } }, "ISC"],
    [{ licenses: [{ type: "MIT" }, { type: "GPL-2.0" }] }, "(MIT) OR (GPL-2.0)"],
    [{ licenses: ["BSD-3-Clause"] }, "BSD-3-Clause"],
    [{ license: "  " }, null],
    [{}, null],
  ])("reads %j as %s", (manifest, expected) => {
    expect(declaredLicence(manifest)).toBe(expected)
  })
})

describe("unavoidableForbidden", () => {
  it.each([
    ["MIT", []],
    ["Apache-2.0", []],
    ["LGPL-3.0-only", []],
    ["CC-BY-4.0", []],
    ["GPL-3.0", ["GPL-3.0"]],
    ["GPL-2.0+", ["GPL-2.0+"]],
    ["AGPL-3.0-only", ["AGPL-3.0-only"]],
    ["SSPL-1.0", ["SSPL-1.0"]],
    ["GPLv3", ["GPLv3"]],
    ["(MIT OR GPL-3.0)", []],
    ["MIT AND GPL-3.0", ["GPL-3.0"]],
    ["(MIT AND GPL-2.0) OR Apache-2.0", []],
    ["(MIT OR Apache-2.0) AND AGPL-3.0", ["AGPL-3.0"]],
    ["GPL-2.0 WITH Classpath-exception-2.0", ["GPL-2.0"]],
    ["GPL-3.0 OR AGPL-3.0", ["GPL-3.0", "AGPL-3.0"]],
    ["GNU General Public License v3", ["GNU General Public License v3"]],
    ["GNU Lesser General Public License", []],
    ["Server Side Public License", ["Server Side Public License"]],
  ])("%s -> %j", (expression, expected) => {
    expect(unavoidableForbidden(expression)).toEqual(expected)
  })
})

describe("auditLicences", () => {
  it("flags a GPL package deep in the production tree, not dev or host peer dependencies", () => {
    const { forbidden, packages } = auditLicences(fixture())
    expect(forbidden.map((pkg: { name: string }) => pkg.name)).toEqual(["gpl-lib"])
    expect(forbidden[0]).toMatchObject({ requiredBy: "plugin > clean-lib", licence: "GPL-3.0-or-later" })
    expect(packages.map((pkg: { name: string }) => pkg.name).sort()).toEqual(["clean-lib", "gpl-lib", "plugin"])
  })

  it("follows a dependency's peer dependencies and warns about packages without a licence", () => {
    const root = fixture((folder) => {
      writePackage(folder, "node_modules/clean-lib", {
        name: "clean-lib",
        license: "MIT",
        peerDependencies: { "unlabelled-peer": "1" },
      })
      writePackage(folder, "node_modules/unlabelled-peer", { name: "unlabelled-peer" })
    })
    const { forbidden, undeclared } = auditLicences(root)
    expect(forbidden).toEqual([])
    expect(undeclared.map((pkg: { name: string }) => pkg.name)).toEqual(["unlabelled-peer"])
  })

  it("reports a required package that is not installed", () => {
    const root = fixture((folder) => fs.rmSync(path.join(folder, "node_modules/clean-lib"), { recursive: true }))
    expect(auditLicences(root).missing).toEqual(["clean-lib (required by plugin)"])
  })
})

describe("scripts/check-licences.mjs", () => {
  it("exits 1 naming the GPL package and where it comes from", () => {
    const run = spawnSync(process.execPath, [CLI, fixture()], { encoding: "utf8" })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("gpl-lib@1.0.0 (via plugin > clean-lib) is licensed GPL-3.0-or-later")
  })

  it("exits 0 on a clean tree", () => {
    const root = fixture((folder) =>
      writePackage(folder, "node_modules/clean-lib/node_modules/gpl-lib", { name: "gpl-lib", license: "MIT" })
    )
    const run = spawnSync(process.execPath, [CLI, root], { encoding: "utf8" })
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    expect(run.stdout).toContain("3 production package(s) checked")
  })
})
