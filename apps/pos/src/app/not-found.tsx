import Link from "next/link";

export default function NotFound() {
  return (
    <div className="splash">
      <div className="card splash-card">
        <h1>404</h1>
        <p className="muted">页面不存在 · Page not found</p>
        <Link className="btn btn-primary" href="/">
          返回首页 · Home
        </Link>
      </div>
    </div>
  );
}
