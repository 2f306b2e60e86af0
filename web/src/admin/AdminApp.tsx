import { NavLink, Route, Routes } from "react-router";
import NotFoundPage from "../components/NotFoundPage";
import "./admin.css";
import { Dashboard } from "./Dashboard";
import { OrderAdmin } from "./OrderAdmin";
import { OrdersAdmin } from "./OrdersAdmin";
import { ProductEditor } from "./ProductEditor";
import { ProductsAdmin } from "./ProductsAdmin";
import { PromotionsAdmin } from "./PromotionsAdmin";
import { ShippingAdmin } from "./ShippingAdmin";
import { TaxRatesAdmin } from "./TaxRatesAdmin";

/** The staff area, one lazy chunk: none of it is in the storefront's initial JavaScript. */
export default function AdminApp() {
  return (
    <div className="admin">
      <div className="admin__head">
        <h1 className="page-title">Admin</h1>
        <nav className="tabs" aria-label="Admin sections">
          <NavLink to="/admin" end className="tabs__tab">
            Dashboard
          </NavLink>
          <NavLink to="/admin/products" className="tabs__tab">
            Products
          </NavLink>
          <NavLink to="/admin/orders" className="tabs__tab">
            Orders
          </NavLink>
          <NavLink to="/admin/shipping" className="tabs__tab">
            Shipping
          </NavLink>
          <NavLink to="/admin/taxes" className="tabs__tab">
            Tax rates
          </NavLink>
          <NavLink to="/admin/promotions" className="tabs__tab">
            Promotions
          </NavLink>
        </nav>
      </div>
      <Routes>
        <Route index element={<Dashboard />} />
        <Route path="products" element={<ProductsAdmin />} />
        <Route path="products/new" element={<ProductEditor />} />
        <Route path="products/:id" element={<ProductEditor />} />
        <Route path="orders" element={<OrdersAdmin />} />
        <Route path="orders/:id" element={<OrderAdmin />} />
        <Route path="shipping" element={<ShippingAdmin />} />
        <Route path="taxes" element={<TaxRatesAdmin />} />
        <Route path="promotions" element={<PromotionsAdmin />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
