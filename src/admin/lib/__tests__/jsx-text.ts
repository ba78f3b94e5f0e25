import ts from "typescript"

/** Attributes whose value people read (or hear): a literal here is an untranslated string. */
const READ_ATTRIBUTES = new Set(["placeholder", "title", "aria-label", "alt", "label", "description", "hint", "ariaLabel", "altText"])
/** Text without a letter — numbers, symbols, punctuation ("×", "·", "—", "#", "/") — says nothing to translate. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text)

export interface LiteralText {
  line: number
  text: string
}

const literalOf = (node: ts.Node): string | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ")
  return null
}

/**
 * English a component shows without going through `t`: JSX text, string literals placed in JSX
 * (`{"…"}`, `{cond ? "…" : x}`, template literals), literals given to attributes people read,
 * and literal toast titles. Keys passed to `t(...)` are never reported.
 */
export function literalTexts(source: string, fileName = "component.tsx"): LiteralText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: LiteralText[] = []
  const report = (node: ts.Node, text: string) => {
    if (hasWords(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() })
  }
  const isTranslateCall = (node: ts.Node) =>
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "t"
  /** Literals inside a JSX expression, outside `t(...)` calls and outside comparisons (`a === "x"`). */
  const visitExpression = (node: ts.Node) => {
    if (isTranslateCall(node)) return
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) return
    if (ts.isCallExpression(node)) {
      // arguments of other calls (class names, ids, formatters) are not shown as they are
      visitExpression(node.expression)
      return
    }
    if (ts.isElementAccessExpression(node) || ts.isPropertyAccessExpression(node)) return
    const literal = literalOf(node)
    if (literal !== null) return report(node, literal)
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return
    ts.forEachChild(node, visitExpression)
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text)
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) visitExpression(node.expression)
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer
      if (ts.isStringLiteral(init)) report(init, init.text)
      else if (ts.isJsxExpression(init) && init.expression) visitExpression(init.expression)
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === "toast" &&
      node.arguments[0]
    ) {
      const literal = literalOf(node.arguments[0])
      if (literal !== null) report(node.arguments[0], literal)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}
