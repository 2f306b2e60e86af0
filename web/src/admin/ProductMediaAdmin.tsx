import { useMutation } from "@apollo/client/react";
import { useId, useRef, useState, type DragEvent } from "react";
import {
  AddProductMediaDocument,
  RemoveProductMediaDocument,
  ReorderProductMediaDocument,
  UpdateProductMediaDocument,
  type AdminProductFragment,
} from "../gql/admin/graphql";
import { describeError } from "../lib/errors";
import { ACCEPTED_IMAGES, uploadImage, type Upload } from "./media-upload";

/** A dropped or chosen file on its way to becoming one of the product's images. */
interface Pending {
  key: number;
  name: string;
  state: "uploading" | "ready" | "failed";
  upload?: Upload;
  alt: string;
  problem?: string;
}

/**
 * The product's images: drop files (or choose them), give each its alt text, add; reorder with
 * the Move buttons; edit alt text; remove. Every upload is resized by the server, once.
 */
export function ProductMediaAdmin({
  product,
  upload = uploadImage,
}: {
  product: AdminProductFragment;
  /** How a file is sent (tests pass their own). */
  upload?: (file: File) => Promise<Upload>;
}) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const next = useRef(0);
  const inputId = useId();
  const [add] = useMutation(AddProductMediaDocument);
  const [reorder, reordering] = useMutation(ReorderProductMediaDocument);
  const [remove] = useMutation(RemoveProductMediaDocument);
  const media = product.media;

  const change = (key: number, update: Partial<Pending>) =>
    setPending((all) => all.map((item) => (item.key === key ? { ...item, ...update } : item)));

  const receive = (files: readonly File[]) => {
    for (const file of files) {
      const key = next.current++;
      setPending((all) => [...all, { key, name: file.name, state: "uploading", alt: "" }]);
      upload(file).then(
        (done) => change(key, { state: "ready", upload: done }),
        (error: unknown) => change(key, { state: "failed", problem: describeError(error) }),
      );
    }
  };

  const attach = async (item: Pending) => {
    if (!item.upload) return;
    if (!item.alt.trim()) return change(item.key, { problem: "Describe the image for people who cannot see it." });
    try {
      const { data } = await add({
        variables: { input: { productId: product.id, uploadId: item.upload.id, alt: item.alt.trim() } },
      });
      const errors = data?.addProductMedia.userErrors ?? [];
      if (errors.length > 0) return change(item.key, { problem: errors.map((error) => error.message).join(" ") });
      setPending((all) => all.filter((other) => other.key !== item.key));
    } catch (error) {
      change(item.key, { problem: describeError(error) });
    }
  };

  const move = async (index: number, by: -1 | 1) => {
    const ids = media.map((item) => item.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    setProblem(null);
    try {
      const { data } = await reorder({ variables: { productId: product.id, mediaIds: ids } });
      const errors = data?.reorderProductMedia.userErrors ?? [];
      if (errors.length > 0) setProblem(errors.map((error) => error.message).join(" "));
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    receive([...event.dataTransfer.files]);
  };

  return (
    <section className="panel" aria-labelledby="media-title">
      <h2 id="media-title" className="panel__title">
        Images
      </h2>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {media.length === 0 ? (
        <p className="muted">No images yet: the shop shows a placeholder.</p>
      ) : (
        <ol className="media-list">
          {media.map((item, index) => (
            <li key={item.id} className="media-list__item">
              <img src={item.url} alt="" width={80} height={Math.round((80 * item.height) / item.width)} />
              <AltEditor mediaId={item.id} alt={item.alt} label={`Alt text of image ${index + 1}`} />
              <div className="inline-form">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={index === 0 || reordering.loading}
                  onClick={() => void move(index, -1)}
                  aria-label={`Move image ${index + 1} earlier`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={index === media.length - 1 || reordering.loading}
                  onClick={() => void move(index, 1)}
                  aria-label={`Move image ${index + 1} later`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--danger-quiet button--small"
                  onClick={() =>
                    void remove({ variables: { id: item.id } }).catch((e: unknown) => setProblem(describeError(e)))
                  }
                  aria-label={`Remove image ${index + 1}`}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div
        className={`dropzone${dragging ? " dropzone--active" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="media-dropzone"
      >
        <p>Drop images here, or</p>
        <label htmlFor={inputId} className="button button--secondary button--small">
          Choose images…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept={ACCEPTED_IMAGES}
          multiple
          onChange={(event) => {
            receive([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
        <p className="muted small">
          JPEG, PNG, WebP, AVIF or GIF; each is stored at several sizes for phones and screens.
        </p>
      </div>
      {pending.length > 0 && (
        <ul className="media-pending" aria-label="New images">
          {pending.map((item) => (
            <li key={item.key}>
              <span className="media-pending__name">{item.name}</span>
              {item.state === "uploading" && <span aria-live="polite">Uploading and resizing…</span>}
              {item.state === "failed" && (
                <span className="field__error" role="alert">
                  {item.problem}
                </span>
              )}
              {item.state === "ready" && (
                <form
                  className="inline-form"
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    void attach(item);
                  }}
                >
                  <label htmlFor={`alt-${item.key}`}>Alt text</label>
                  <input
                    id={`alt-${item.key}`}
                    value={item.alt}
                    required
                    aria-invalid={Boolean(item.problem)}
                    aria-describedby={item.problem ? `alt-${item.key}-error` : undefined}
                    onChange={(event) => change(item.key, { alt: event.target.value, problem: undefined })}
                    placeholder="What the image shows"
                  />
                  <button type="submit" className="button button--primary button--small">
                    Add image
                  </button>
                  {item.problem && (
                    <span id={`alt-${item.key}-error`} className="field__error" role="alert">
                      {item.problem}
                    </span>
                  )}
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AltEditor({ mediaId, alt, label }: { mediaId: string; alt: string; label: string }) {
  const [text, setText] = useState(alt);
  const [problem, setProblem] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateProductMediaDocument);
  const id = useId();
  const save = async () => {
    setProblem(null);
    try {
      const { data } = await update({ variables: { input: { id: mediaId, alt: text } } });
      const errors = data?.updateProductMedia.userErrors ?? [];
      if (errors.length > 0) setProblem(errors.map((error) => error.message).join(" "));
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  return (
    <form
      className="inline-form media-list__alt"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input id={id} value={text} required onChange={(event) => setText(event.target.value)} />
      {text !== alt && (
        <button type="submit" className="button button--secondary button--small" disabled={updating.loading}>
          Save
        </button>
      )}
      {problem && (
        <span className="field__error" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
