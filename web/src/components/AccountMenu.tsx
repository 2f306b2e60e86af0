import { useId, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { useDismiss } from "../lib/use-dismiss";

export default function AccountMenu({ name }: { name: string }) {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useDismiss(root, open, () => setOpen(false));

  return (
    <div className="account" ref={root}>
      <button
        type="button"
        className="site-nav__link account__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        <span className="avatar" aria-hidden="true">
          {name.charAt(0).toUpperCase()}
        </span>
        <span className="account__name">{name.split(" ")[0]}</span>
      </button>
      {open && (
        <ul className="account__menu" id={menuId}>
          <li>
            <Link to="/orders" onClick={() => setOpen(false)}>
              Your orders
            </Link>
          </li>
          <li>
            <Link to="/account" onClick={() => setOpen(false)}>
              Your account
            </Link>
          </li>
          <li>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                void signOut().then(() => navigate("/"));
              }}
            >
              Sign out
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
