import Link from "next/link";

export default function Forbidden() {
  return (
    <main>
      <h1>Not allowed</h1>
      <p>Your role in this project does not open this page. Ask a supervisor or the administrator if you need it.</p>
      <Link href="/">Back to the start page</Link>
    </main>
  );
}
