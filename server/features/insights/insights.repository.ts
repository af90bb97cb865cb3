// Data access for the region × sector insight; the linking rule is documented in
// cypher/queries/region-sector-links.cypher.
import type { Integer, Node } from 'neo4j-driver';
import type { EvidenceRef, RegionSectorRow } from '../../../contract/api/insights.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import { toNodeSummary } from '../../db/records.ts';

type LinkRecord = { place: Node; sector: Node; count: Integer; via: RegionSectorRow['via']; evidence: EvidenceRef[] };

export class InsightsRepository {
  constructor(private readonly db: ReadTarget) {}

  async regionSectorLinks(): Promise<RegionSectorRow[]> {
    const { records } = await readQuery<LinkRecord>(this.db, 'region-sector-links');
    return records.map((r) => {
      const { id, name } = toNodeSummary(r.get('sector'));
      return {
        place: toNodeSummary(r.get('place')),
        sector: { id, name },
        count: r.get('count').toNumber(),
        via: r.get('via'),
        evidence: r.get('evidence'),
      };
    });
  }
}
