package uk.council.evidence.request.control;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromTFLite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.Detector;
import uk.council.evidence.request.entity.Picture;

/**
 * Faces, found by MediaPipe's BlazeFace (full range, for faces up to about five metres away) run by
 * OpenCV's DNN module. The model looks at 192 × 192 pixels, where a face across the street in a
 * 720p frame would be a few pixels wide; so it looks at the whole frame for near faces, and at
 * overlapping squares of {@value #TILE} pixels for far ones. What the looks find is merged: of
 * boxes that overlap much, the surest stays.
 *
 * <p>The model ships in the application ({@code /face-detection/}, with its licence); nothing is
 * downloaded. Not safe to share between threads.
 */
public final class FaceDetector implements Detector {

  static final String MODEL = "/face-detection/face_detection_full_range.tflite";

  /** The model's input, and the grid of its 2,304 anchors, one a cell. */
  static final int INPUT = 192;

  static final int GRID = 48;

  /** How sure the model must be: MediaPipe's own threshold for this model. */
  static final double MIN_SCORE = 0.6;

  /** Boxes that overlap more than this are one face. */
  static final double SAME_FACE = 0.3;

  /** The side of the squares looked at one by one; neighbours overlap by a quarter. */
  static final int TILE = 480;

  private final Net net;
  private final StringVector outputs;

  public FaceDetector() {
    // One thread: the server's other work comes first.
    org.bytedeco.opencv.global.opencv_core.setNumThreads(1);
    Path model;
    try (InputStream in = FaceDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("The face detection model is missing: " + MODEL);
      }
      model = Files.createTempFile("face-detection", ".tflite");
      Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the face detection model", e);
    }
    try {
      net = readNetFromTFLite(model.toString());
      outputs = net.getUnconnectedOutLayersNames();
    } finally {
      try {
        Files.deleteIfExists(model);
      } catch (IOException e) {
        // A temporary file left behind is harmless.
      }
    }
  }

  @Override
  public List<Box> find(Picture picture) {
    List<Scored> found = new ArrayList<>();
    try (PointerScope scope = new PointerScope()) {
      Mat frame = new Mat(picture.height(), picture.width(), CV_8UC3);
      frame.data().put(picture.bgr());
      look(frame, new Rect(0, 0, picture.width(), picture.height()), found);
      int tile = Math.min(TILE, Math.min(picture.width(), picture.height()));
      if (tile < Math.max(picture.width(), picture.height())) {
        for (int y : starts(picture.height(), tile)) {
          for (int x : starts(picture.width(), tile)) {
            look(frame, new Rect(x, y, tile, tile), found);
          }
        }
      }
    }
    return merged(found);
  }

  /** Where squares of {@code tile} start along {@code length}, overlapping by a quarter. */
  static List<Integer> starts(int length, int tile) {
    List<Integer> starts = new ArrayList<>();
    int step = Math.max(1, tile * 3 / 4);
    for (int at = 0; ; at += step) {
      if (at + tile >= length) {
        starts.add(Math.max(0, length - tile));
        return starts;
      }
      starts.add(at);
    }
  }

  /** Runs the model on the part {@code area} of the frame, padded to a square. */
  private void look(Mat frame, Rect area, List<Scored> found) {
    int side = Math.max(area.width(), area.height());
    Mat square = new Mat(side, side, CV_8UC3, new Scalar(0, 0, 0, 0));
    int padX = (side - area.width()) / 2;
    int padY = (side - area.height()) / 2;
    frame.apply(area).copyTo(square.apply(new Rect(padX, padY, area.width(), area.height())));
    Mat blob =
        blobFromImage(
            square,
            1 / 127.5,
            new Size(INPUT, INPUT),
            new Scalar(127.5, 127.5, 127.5, 0),
            true,
            false,
            CV_32F);
    net.setInput(blob);
    MatVector out = new MatVector();
    net.forward(out, outputs);
    Mat boxes = null;
    Mat scores = null;
    for (long i = 0; i < out.size(); i++) {
      Mat o = out.get(i);
      if (o.total() == GRID * GRID * 16L) {
        boxes = o;
      } else if (o.total() == GRID * GRID) {
        scores = o;
      }
    }
    if (boxes == null || scores == null) {
      throw new IllegalStateException("The face detection model gave unexpected outputs");
    }
    FloatPointer b = new FloatPointer(boxes.data());
    FloatPointer s = new FloatPointer(scores.data());
    double scale = (double) side / INPUT;
    for (int k = 0; k < GRID * GRID; k++) {
      double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, s.get(k)))));
      if (score < MIN_SCORE) {
        continue;
      }
      double cx = b.get(k * 16L) + (k % GRID + 0.5) * INPUT / GRID;
      double cy = b.get(k * 16L + 1) + (k / GRID + 0.5) * INPUT / GRID;
      double w = b.get(k * 16L + 2);
      double h = b.get(k * 16L + 3);
      int left = (int) Math.round((cx - w / 2) * scale) - padX + area.x();
      int top = (int) Math.round((cy - h / 2) * scale) - padY + area.y();
      int width = (int) Math.round(w * scale);
      int height = (int) Math.round(h * scale);
      if (width > 0 && height > 0 && !cutByEdge(frame, area, left, top, width, height)) {
        try {
          found.add(
              new Scored(
                  new Box(left, top, width, height).within(frame.cols(), frame.rows()), score));
        } catch (IllegalArgumentException outside) {
          // A box wholly off the frame is nothing to blur.
        }
      }
    }
  }

  /**
   * Whether a box found in {@code area} reaches an edge of it inside the frame: a face cut in two
   * by the square's edge, which the overlapping square beside it sees whole.
   */
  private static boolean cutByEdge(Mat frame, Rect area, int left, int top, int width, int height) {
    int margin = 2;
    return (area.x() > 0 && left <= area.x() + margin)
        || (area.y() > 0 && top <= area.y() + margin)
        || (area.x() + area.width() < frame.cols()
            && left + width >= area.x() + area.width() - margin)
        || (area.y() + area.height() < frame.rows()
            && top + height >= area.y() + area.height() - margin);
  }

  private record Scored(Box box, double score) {}

  /** Of boxes that overlap more than {@link #SAME_FACE}, the surest. */
  private static List<Box> merged(List<Scored> found) {
    List<Scored> surestFirst = new ArrayList<>(found);
    surestFirst.sort(Comparator.comparingDouble(Scored::score).reversed());
    List<Box> kept = new ArrayList<>();
    for (Scored s : surestFirst) {
      if (kept.stream().noneMatch(k -> k.iou(s.box()) > SAME_FACE)) {
        kept.add(s.box());
      }
    }
    return kept;
  }

  @Override
  public void close() {
    net.close();
    outputs.close();
  }
}
