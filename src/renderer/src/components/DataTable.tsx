import type { ReactNode } from 'react';
import { ScrollFrame } from './ScrollFrame';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row, read out with each of its other cells. */
  rowHeader?: boolean;
  numeric?: boolean;
}

/**
 * A table of data with its headers scoped, its naming cell as a row header and numbers aligned: every table on the
 * chair's desk, in the report and in “Check a file” is one of these, so they read alike on screen and aloud, and
 * scroll in their own frame on a narrow screen.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  label = typeof caption === 'string' ? caption : undefined,
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  caption?: ReactNode;
  /** What the table's frame is called when it scrolls sideways: its caption unless given. */
  label?: string;
}) {
  return (
    <ScrollFrame label={label}>
      <table className="data-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'number' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}
