/**
 * Names for the node types of htmlparser2's DOM (domhandler), taken from htmlparser2's own exports so
 * this project depends on one package, not on its internals.
 */
import { ElementType, type DomUtils, type parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;
export type HtmlParent = HtmlDocument | HtmlElement;

export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

export function isTextNode(node: HtmlNode): node is Extract<HtmlNode, { type: typeof ElementType.Text }> {
  return node.type === ElementType.Text;
}

/**
 * Every element below `parent`, in document order. Iterative on purpose: htmlparser2 builds any depth
 * of nesting, and a recursive walk (as in domutils' findOne) overflows the stack on a hostile page.
 */
export function* descendants(parent: HtmlParent): Generator<HtmlElement> {
  const stack: HtmlNode[] = [...parent.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    yield node;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
}

export function firstElement(tag: string, parent: HtmlParent): HtmlElement | undefined {
  for (const element of descendants(parent)) if (element.name === tag) return element;
  return undefined;
}
