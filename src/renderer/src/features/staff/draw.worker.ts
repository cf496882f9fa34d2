import { assignReviewers, type AssignmentRequest, type AssignmentResult } from '@core/calls';

/** The draw away from the page: at national size it takes a second or more, which would freeze the desk. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AssignmentRequest>) => void) | null;
  postMessage: (result: AssignmentResult) => void;
};

scope.onmessage = ({ data }) => scope.postMessage(assignReviewers(data));
