/**
 * Which title a change in the page belongs to, when no mark says so: the text of a `p.fallback-text`
 * or the `alt` of a poster image changed, and the title element is the card or link a few levels up.
 * The adapters know their title elements only from the top (they search a subtree), so the search
 * climbs from the changed element and asks the adapter about each small subtree on the way.
 *
 * Bounded, whatever the page does: a few levels, and never a subtree of more than SMALL_SUBTREE elements
 * (a ticking clock inside a 50,000-card list must not make us search the list on every tick).
 */
import type { FoundTitle } from '../sites/types';

/** Levels above the changed element searched for its title (Netflix's 2023 card: text 3 levels down). */
export const CLIMB_LEVELS = 4;
/** A tile or a title heading is a few dozen elements at most; a row of tiles is more. */
export const SMALL_SUBTREE = 200;

/** The titles whose element holds the changed element or lies inside it, from the nearest small subtree that has one. */
export function findAroundChange(changed: Element, find: (root: Element) => FoundTitle[]): FoundTitle[] {
  const document = changed.ownerDocument;
  let level: Element | null = changed;
  for (let depth = 0; level && depth <= CLIMB_LEVELS; depth++, level = level.parentElement) {
    if (level === document.body || level === document.documentElement) break;
    if (!hasAtMost(level, SMALL_SUBTREE)) break;
    const related = find(level).filter((item) => item.element.contains(changed) || changed.contains(item.element));
    if (related.length > 0) return related;
  }
  return [];
}

/** Whether `root`'s subtree holds at most `limit` elements (counting stops at limit + 1). */
export function hasAtMost(root: Element, limit: number): boolean {
  let count = 0;
  let node: Element | null = root;
  while (node) {
    if (++count > limit) return false;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node !== root && !node.nextElementSibling) node = node.parentElement!;
    if (node === root) return true;
    node = node.nextElementSibling;
  }
  return true;
}

/** One adapter pass of a scan: `root`, keeping only the titles inside `only` where given. */
export interface RootJob {
  root: ParentNode;
  only?: ReadonlySet<Element>;
}

/** Fewer added siblings than this are searched one by one (a group's pass walks its parent's other children too). */
export const MIN_SIBLING_GROUP = 8;

/**
 * Many added subtrees side by side (a row of 1,000 tiles swapped in) are searched through their parent
 * once, keeping only the titles inside them: one adapter pass instead of one per subtree (each is a few
 * queries; one per subtree cost ~20 ms of the page's thread per 1,000-tile swap on the churn page,
 * tests/fixtures/pages/netflix-churn.html). Only where they are at least half of the parent's
 * children, so the parent's other tiles add at most as much again to the walk.
 */
export function groupSiblings(roots: readonly ParentNode[]): RootJob[] {
  const jobs: RootJob[] = [];
  const byParent = new Map<Element, Element[]>();
  for (const root of roots) {
    const parent = (root as Node).nodeType === 1 ? (root as Element).parentElement : null;
    if (!parent) {
      jobs.push({ root });
      continue;
    }
    const group = byParent.get(parent);
    if (group) group.push(root as Element);
    else byParent.set(parent, [root as Element]);
  }
  for (const [parent, group] of byParent) {
    if (group.length >= MIN_SIBLING_GROUP && group.length * 2 >= parent.childElementCount) jobs.push({ root: parent, only: new Set(group) });
    else for (const root of group) jobs.push({ root });
  }
  return jobs;
}

/** Whether `element` is one of `roots` or inside one, looking no higher than `top`. */
export function isInsideAny(element: Element, roots: ReadonlySet<Element>, top: ParentNode): boolean {
  for (let node: Element | null = element; node && node !== top; node = node.parentElement) {
    if (roots.has(node)) return true;
  }
  return false;
}
