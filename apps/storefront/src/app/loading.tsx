// Shown while a page streams in (the home page waits for the API): a skeleton of the product grid.
export default function Loading() {
  return (
    <div className="container home" aria-busy="true">
      <div className="listing-head">
        <span className="skeleton skeleton-title" />
      </div>
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <li key={i}>
            <div className="product-card">
              <div className="product-image skeleton" />
              <div className="product-body">
                <span className="skeleton skeleton-line" />
                <span className="skeleton skeleton-line short" />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
