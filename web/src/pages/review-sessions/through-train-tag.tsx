import { Tag, Tooltip } from 'antd';

/** Marks a 民营企业直通车专场 in the list and the console, so the office sees it reviews only through-train applications. */
export function ThroughTrainTag() {
  return (
    <Tooltip title="民营企业职称评审“直通车”：随时申报、单独评价、一年多评">
      <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="through-train-tag">
        直通车专场
      </Tag>
    </Tooltip>
  );
}
