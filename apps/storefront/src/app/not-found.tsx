import Link from "next/link";

export default function NotFound() {
  return (
    <div className="container">
      <div className="notice">
        <h3>404</h3>
        <p>页面不存在 · Page not found</p>
        <Link className="btn btn-primary" href="/">
          返回首页 · Home
        </Link>
      </div>
    </div>
  );
}
