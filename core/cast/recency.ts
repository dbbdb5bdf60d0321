/**
 * The salience table's people by the position they were last seen at, latest first, so the few
 * most recent before a quote are found without scanning everyone the story has mentioned (the
 * table grows to hundreds of people in a novel; a quote wants six). Ties go to the person first
 * put in the table, as a scan of the table in its insertion order would give them.
 */

/** A person in the list, as a caller walking it sees them. */
export interface RecencyNode {
  readonly key: string;
  /** The person's place in the table's insertion order. */
  readonly order: number;
  readonly pos: number;
  readonly next: RecencyNode | null;
}

interface Node {
  readonly key: string;
  /** The person's place in the table's insertion order. */
  readonly order: number;
  pos: number;
  prev: Node | null;
  next: Node | null;
}

export class RecencyList {
  private head: Node | null = null;
  private readonly nodes = new Map<string, Node>();

  clear(): void {
    this.head = null;
    this.nodes.clear();
  }

  /**
   * Records that `key` was last seen at `pos`. A key new to the list comes after every key
   * already in it in the insertion order, as it does in the table it mirrors (which never
   * deletes but by clearing). `pos` may be any number kept per person (the attributor keeps its
   * ranks in a second list).
   */
  set(key: string, pos: number): void {
    let node = this.nodes.get(key);
    if (node) {
      if (node.pos === pos) return;
      this.unlink(node);
      node.pos = pos;
    } else {
      node = { key, order: this.nodes.size, pos, prev: null, next: null };
      this.nodes.set(key, node);
    }
    this.insert(node);
  }

  /** The latest, to walk the list from (`next`) in its order. */
  first(): RecencyNode | null {
    return this.head;
  }

  /** Up to `count` people last seen at or before `pos`, latest first. */
  latest(pos: number, count: number): { key: string; pos: number }[] {
    const found: { key: string; pos: number }[] = [];
    for (let n = this.head; n && found.length < count; n = n.next)
      if (n.pos <= pos) found.push({ key: n.key, pos: n.pos });
    return found;
  }

  private unlink(node: Node): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    node.prev = node.next = null;
  }

  /** Puts a node in its place; positions mostly grow, so that is usually the head. */
  private insert(node: Node): void {
    let prev: Node | null = null;
    let at = this.head;
    while (at && (at.pos > node.pos || (at.pos === node.pos && at.order < node.order))) {
      prev = at;
      at = at.next;
    }
    node.prev = prev;
    node.next = at;
    if (prev) prev.next = node;
    else this.head = node;
    if (at) at.prev = node;
  }
}
