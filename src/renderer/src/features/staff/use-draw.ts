import { useState } from 'react';
import type { AssignmentRequest, AssignmentResult } from '@core/calls';

/** The draw in a worker of its own, ended once it answered; `drawing` while it works. */
export function useDraw(): { drawing: boolean; draw: (request: AssignmentRequest) => Promise<AssignmentResult> } {
  const [drawing, setDrawing] = useState(false);
  const draw = (request: AssignmentRequest) =>
    new Promise<AssignmentResult>((resolve, reject) => {
      setDrawing(true);
      const worker = new Worker(new URL('./draw.worker.ts', import.meta.url), { type: 'module' });
      const end = () => {
        worker.terminate();
        setDrawing(false);
      };
      worker.onmessage = ({ data }: MessageEvent<AssignmentResult>) => {
        end();
        resolve(data);
      };
      worker.onerror = (event) => {
        end();
        reject(new Error(event.message));
      };
      worker.postMessage(request);
    });
  return { drawing, draw };
}
