/**
 * When public content last changed in this process: the portal asks for it to drop its cached answers the moment
 * something is published or withdrawn. Other API instances catch up through the database's own stamp.
 */
let stamp = Date.now();

export function touchPublicContent(): void {
  stamp = Math.max(Date.now(), stamp + 1);
}

export function publicContentStamp(): number {
  return stamp;
}
