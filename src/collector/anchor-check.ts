import { linkHash } from './hash'
import { retentionCutoff } from './retention'

/** A purge anchor as stored: the run it replaced and the linked fields of that run's last record. */
export interface AnchorRow {
  first_seq: string | number
  last_seq: string | number
  last_hash: string
  count: string | number
  cutoff: Date | string
  purged_at: Date | string
  last_received_at: Date | string | null
  last_site: string | null
  last_body_hash: string | null
  last_prev_hash: string | null
}

/**
 * Why an anchor cannot be trusted, or null. An anchor must recompute to the hash it claims (so its
 * `receivedAt` is the record's real one), everything it replaced must be older than its cutoff, and the
 * cutoff must lie at least the retention period before the purge, which is not in the future. A record
 * deleted last week and dressed up as a purge fails one of these.
 */
export const anchorProblem = (anchor: AnchorRow, { now, retentionYears }: { now: Date; retentionYears: number }): string | null => {
  const range = `purge anchor #${anchor.first_seq}–#${anchor.last_seq}`
  const { last_received_at: receivedAt, last_site: site, last_body_hash: bodyHash, last_prev_hash: prevHash } = anchor
  if (receivedAt === null || site === null || bodyHash === null || prevHash === null) return `${range} carries no proof of the records it replaced`
  const seq = Number(anchor.last_seq)
  if (linkHash({ prevHash, seq, receivedAt: new Date(receivedAt), site, bodyHash }) !== anchor.last_hash) {
    return `${range} does not match the record it stands for`
  }
  const cutoff = new Date(anchor.cutoff)
  const purgedAt = new Date(anchor.purged_at)
  if (new Date(receivedAt) >= cutoff) return `${range} removed record #${seq}, received after the cutoff`
  if (purgedAt > now) return `${range} is dated in the future (${purgedAt.toISOString()})`
  if (cutoff > retentionCutoff(purgedAt, { retentionYears, allowShortRetention: true })) {
    return `${range} removed records younger than ${retentionYears} years (cutoff ${cutoff.toISOString()}, purged ${purgedAt.toISOString()})`
  }
  return null
}
