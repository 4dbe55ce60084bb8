import { describe, expect, it } from "vitest";
import { rejectionKey } from "./rejection-message";

describe("rejectionKey", () => {
  it("words the refusals a cashier can fix", () => {
    expect(rejectionKey("APPROVAL_REJECTED")).toBe("reject.APPROVAL_REJECTED");
    expect(rejectionKey("TENDER_DISABLED")).toBe("reject.TENDER_DISABLED");
    expect(rejectionKey("POINTS_EXCEED_LIMIT")).toBe("reject.POINTS");
    expect(rejectionKey("COUPON_THRESHOLD_NOT_MET")).toBe("reject.COUPON");
    expect(rejectionKey("SOMETHING_NEW")).toBeNull();
  });
});
