import fs from "node:fs"
import path from "node:path"
import { literalTexts } from "./jsx-text"
import { ADMIN, TRANSLATED_SCREENS } from "./translated-screens"


describe("literal text in components", () => {
  it("is found in JSX text, placed literals, read attributes and toasts, and not in keys, classes or comparisons", () => {
    const source = `
      const A = ({ on }) => {
        toast.success("Saved")
        toast.error(t("x.failed"))
        return (
          <div className="flex gap-2" id="oms-x" aria-label="Stock bar">
            Hello there
            {on ? "Active" : t("x.inactive")}
            {\`\${count} units\`}
            <Input placeholder="Search bins" type="search" />
            {t("x.title", { name: "ignored" })}
            {kind === "chosen" && <b>×</b>}
            {" · "}{42}
          </div>
        )
      }`
    expect(literalTexts(source).map((f) => f.text)).toEqual(["Saved", "Stock bar", "Hello there", "Active", "units", "Search bins"])
  })

  it("is absent from the order routing, centre, simulator and warehouse screens", () => {
    const found = TRANSLATED_SCREENS.flatMap((file) =>
      literalTexts(fs.readFileSync(path.join(ADMIN, file), "utf8"), file).map((f) => `${file}:${f.line} ${f.text}`)
    )
    expect(found).toEqual([])
  })
})
