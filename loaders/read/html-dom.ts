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
