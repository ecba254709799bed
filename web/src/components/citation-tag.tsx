import { Tag, Tooltip } from 'antd';
import { clauseText } from '../../../src/policies/clause-texts';
import type { Citation } from '../api/eligibility';
import { citationLabel } from '../lib/policy-labels';

/** The words of the clause behind a citation: the server's when it sends them, else the bundled excerpt. */
export function citationText(citation: Citation): string | null {
  return citation.text ?? clauseText(citation.document, citation.clause);
}

/**
 * A citation as a tag (鞍山2023 第七条, 国家 人社部发〔2019〕16号); hovering or focusing it shows the
 * clause itself, so a rule can be checked against its source without leaving the page.
 */
export function CitationTag({ citation }: { citation: Citation }) {
  const label = citationLabel(citation);
  const text = citationText(citation);
  return (
    <Tooltip
      title={
        <div style={{ maxWidth: 420 }}>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>{label}</div>
          <div style={{ whiteSpace: 'pre-wrap' }}>{text ?? '未收录该条款原文'}</div>
        </div>
      }
      styles={{ root: { maxWidth: 460 } }}
    >
      <Tag
        color={citation.document === 'national' ? 'default' : 'geekblue'}
        tabIndex={0}
        data-testid="citation"
        style={{ cursor: 'help', marginInlineEnd: 0, whiteSpace: 'normal' }}
      >
        {label}
      </Tag>
    </Tooltip>
  );
}
