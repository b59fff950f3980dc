package org.layerlab.app.help;

import java.util.List;
import org.layerlab.engine.graph.LayerKind;

/**
 * Short explanations of what the studio offers, in the lecture notes' terms and Keras' conventions
 * (dropout rate = fraction dropped, L1/L2 = the penalty factor lambda). Shown in Help > Concepts and,
 * one sentence at a time, in the inspector.
 */
public final class Concepts {

    /** One entry of the concepts window. */
    public record Concept(String group, String title, String text) {
    }

    private Concepts() {
    }

    /** One or two sentences about a layer kind, for the inspector's heading. */
    public static String layer(LayerKind kind) {
        return switch (kind) {
            case INPUT -> "Where the examples enter: one value per feature (2 for the 2-D toy sets, 784 pixels for "
                    + "MNIST). It has no weights.";
            case DENSE -> "Every unit computes a weighted sum of all its inputs plus a bias, then applies the "
                    + "activation: a = f(Wx + b). Without a non-linear activation, stacked layers stay one linear map.";
            case DROPOUT -> "In training, each unit is switched off with probability 'rate' (the fraction dropped) and "
                    + "the survivors are scaled by 1/(1 - rate) (inverted dropout). At test time nothing is dropped.";
            case GAUSSIAN_NOISE -> "In training, adds random noise of standard deviation σ to every value, so the "
                    + "network cannot rely on exact values. At test time it passes values through.";
            case GAUSSIAN_DROPOUT -> "In training, multiplies every value by noise of mean 1 and variance "
                    + "rate/(1 - rate) instead of zeroing some: a smooth cousin of dropout.";
            case ALPHA_DROPOUT -> "Dropout for SELU networks: dropped units are set to SELU's negative saturation "
                    + "value and the result is rescaled so the mean and variance stay as they were.";
            case BATCH_NORM -> "Normalises each unit over the minibatch (mean 0, variance 1), then scales and shifts it "
                    + "with learned γ and β. At test time it uses moving averages of the batch statistics.";
            case LAYER_NORM -> "Normalises each example across the units of the Dense layer before it, so it does not "
                    + "depend on the batch; it learns a gain per unit.";
            case ACTIVATION -> "Applies an activation function to each value on its own: ReLU max(0, x), tanh, "
                    + "sigmoid 1/(1 + e^-x), and others.";
            case OUTPUT -> "The last Dense layer and the loss it is trained with: softmax + categorical cross-entropy "
                    + "for classes, one sigmoid unit + binary cross-entropy for two classes, linear + MSE for regression.";
            case MERGE -> "Joins branches: concatenate puts their outputs side by side, add sums them element-wise "
                    + "(they must have the same size).";
        };
    }

    /** Every entry of the concepts window, grouped: the ideas, then how to read each live view. */
    public static List<Concept> all() {
        List<Concept> all = new java.util.ArrayList<>(ideas());
        all.addAll(liveViews());
        return List.copyOf(all);
    }

    /** What each live view shows and what to look for in it (also the README's studio section). */
    public static List<Concept> liveViews() {
        String group = "Live views";
        return List.of(
                new Concept(group, "Loss and accuracy",
                        "Training (solid) and validation (dashed) loss and accuracy after every epoch. The shaded "
                                + "band is the gap between them: when the training loss keeps falling while the "
                                + "validation loss turns up, the network overfits. The dashed vertical line marks the "
                                + "best validation epoch; with early stopping on, the shaded window shows the "
                                + "patience left. 'Log scale' makes late, small improvements visible."),
                new Concept(group, "Decision boundary",
                        "For 2-D data: the class the network predicts at every point of the plane (a 100 x 100 "
                                + "grid, paler where it is unsure, white at 50 %), with the training points on top "
                                + "and, if ticked, the validation points as diamonds. Watch the boundary bend "
                                + "around the data; a boundary that snakes around single points is overfitting. "
                                + "'Discretize' paints hard regions. For the 1-D regression it is the fitted curve "
                                + "over the data; MNIST and wide CSV files have no such picture."),
                new Concept(group, "Activation and weight histograms",
                        "For each layer, the distribution of its outputs on a fixed probe batch, and a strip of "
                                + "how it changed over time. Look for saturation (sigmoid or tanh values piled up "
                                + "at the ends: their gradient is almost zero), dead ReLUs (a large share of exact "
                                + "zeros: those units no longer learn) or a healthy spread. The Weights tab shows "
                                + "each layer's weights the same way."),
                new Concept(group, "Dropout and normalization, before and after",
                        "A small batch (8 samples x 8 units) entering the chosen Dropout, noise or normalization "
                                + "layer, the mask it drew, and what leaves it. Dropout zeroes a 'rate' share of the "
                                + "values and scales the kept ones by 1/(1 - rate), so the expected sum stays the "
                                + "same (after = before x mask). Gaussian noise adds its noise; batch normalization "
                                + "normalises each column over the batch, layer normalization each row. Refresh "
                                + "while paused or finished shows the layer at inference: nothing is dropped, "
                                + "after = before."),
                new Concept(group, "Gradient flow",
                        "The size (norm) of each layer's gradient over the iterations, on a log scale, and the "
                                + "ratio of each update to the weights. In a deep sigmoid network the first layers' "
                                + "gradients are orders of magnitude smaller than the last ones': vanishing "
                                + "gradients, so those layers barely learn; ReLU keeps them comparable. An update "
                                + "ratio near 10^-3 is healthy; far above means the learning rate is too high, far "
                                + "below that learning crawls."),
                new Concept(group, "Model summary",
                        "The Keras-style table: each layer, its output shape and its parameter count (a Dense "
                                + "layer has inputs x units weights plus units biases), and the totals: 354 for the "
                                + "moons network, 7,850 for MNIST softmax regression."),
                new Concept(group, "Metrics table",
                        "Every finished epoch as a row, with Keras' names: loss, acc, val_loss, val_acc (the "
                                + "history.history of model.fit) and the learning rate. During a run it follows the "
                                + "newest epoch, as a log does. Scroll back to read earlier epochs while the run "
                                + "goes on: the table stays there until you scroll back to the end (or press End), bring the "
                                + "Metrics tab to the front again, or start a new run."),
                new Concept(group, "Saving a view",
                        "Each view's Export button (or a right-click on it) saves the view as a PNG picture or its "
                                + "data as a CSV table: the metrics per epoch, the probability grid, the histogram "
                                + "bins, the before/mask/after cells, the gradient norms or the summary rows."),
                new Concept(group, "Presenter layout",
                        "View > Presenter layout (F11 or Ctrl+Shift+P) hides the palette, the problems and the "
                                + "side panels so the network and the views fill the screen, the decision boundary "
                                + "beside the loss chart. Ctrl+1 to Ctrl+7 bring each view to the front."));
    }

    private static List<Concept> ideas() {
        return List.of(
                new Concept("Layers", "Input", layer(LayerKind.INPUT)),
                new Concept("Layers", "Dense", layer(LayerKind.DENSE)),
                new Concept("Layers", "Output", layer(LayerKind.OUTPUT)),
                new Concept("Layers", "Activation", layer(LayerKind.ACTIVATION)
                        + " ReLU is cheap and does not saturate for positive inputs but can 'die' (always 0); "
                        + "Leaky ReLU and ELU keep a small slope below zero."),
                new Concept("Layers", "Merge", layer(LayerKind.MERGE)),
                new Concept("Regularization", "Generalization and overfitting",
                        "A network that memorises the training set (low training loss, rising validation loss) "
                                + "overfits; one too small to fit even the training set underfits. The validation "
                                + "split measures generalization while you tune; the test split is looked at once, "
                                + "at the end."),
                new Concept("Regularization", "Dropout", layer(LayerKind.DROPOUT)
                        + " Typical rates are 0.2 to 0.5. Training loss rises a little; validation loss should fall."),
                new Concept("Regularization", "Gaussian noise and Gaussian dropout",
                        layer(LayerKind.GAUSSIAN_NOISE) + " " + layer(LayerKind.GAUSSIAN_DROPOUT)),
                new Concept("Regularization", "Alpha dropout", layer(LayerKind.ALPHA_DROPOUT)),
                new Concept("Regularization", "L2 penalty (weight decay)",
                        "Adds λ·Σw² to the loss, pulling every weight towards zero a little at each step: large "
                                + "weights cost more. λ is the factor you type (Keras regularizers.l2(λ)), e.g. 0.001."),
                new Concept("Regularization", "L1 penalty",
                        "Adds λ·Σ|w| to the loss; it drives unimportant weights to exactly zero, giving a sparse "
                                + "model. L1 and L2 together are the elastic net."),
                new Concept("Regularization", "Early stopping",
                        "Stops training when the validation loss has not improved for 'patience' epochs; "
                                + "'restore best' puts back the weights of the best epoch."),
                new Concept("Normalization", "Scaling the inputs",
                        "Standardize: (x − mean) / std per feature; min-max: into 0..1; pixels: divided by 255. "
                                + "The statistics come from the training split only, so no information leaks from "
                                + "validation or test."),
                new Concept("Normalization", "Batch normalization", layer(LayerKind.BATCH_NORM)
                        + " It speeds up training and regularizes a little."),
                new Concept("Normalization", "Layer normalization", layer(LayerKind.LAYER_NORM)),
                new Concept("Initialization", "Weight initialization",
                        "Weights must start small and different (all zeros never learns). Glorot (Xavier) keeps the "
                                + "variance with tanh and sigmoid: Var(w) = 2/(n_in + n_out); He keeps it with ReLU: "
                                + "Var(w) = 2/n_in. Bad choices make gradients vanish or explode."),
                new Concept("Optimizers", "Gradient descent (SGD)",
                        "w ← w − η·∂L/∂w on each minibatch. The learning rate η sets the step: too large and "
                                + "the loss jumps or becomes NaN, too small and it crawls."),
                new Concept("Optimizers", "Momentum and Nesterov",
                        "Keep a running velocity of past gradients (momentum 0.9) so steps build up along "
                                + "consistent directions and damp zig-zags; Nesterov looks ahead before stepping."),
                new Concept("Optimizers", "Adagrad, Adadelta, RMSprop",
                        "Give each weight its own step size from the history of its squared gradients: rare "
                                + "features get larger steps. RMSprop uses a moving average, so steps do not shrink "
                                + "forever; Adadelta needs no learning rate."),
                new Concept("Optimizers", "Adam, Nadam, Adamax",
                        "Momentum plus RMSprop's per-weight scaling, with bias correction; a good default "
                                + "(learning rate 0.001). Nadam adds Nesterov's look-ahead; Adamax uses the max norm."),
                new Concept("Optimizers", "Learning-rate schedules",
                        "Time-based decay: η = η0 / (1 + decay·iteration). Step decay: η = η0 · decay^⌊epoch / "
                                + "step⌋. Exponential: η = η0 · decay^epoch. Large steps early, fine steps late."),
                new Concept("Training", "Epochs, minibatches, iterations",
                        "One iteration fits one minibatch (batch size examples); one epoch passes over the whole "
                                + "training split once. Smaller batches give noisier but more frequent updates."),
                new Concept("Training", "Speed",
                        "The Speed slider goes from one batch a second (slow motion, to explain each step) to full "
                                + "speed; the status bar shows the samples per second. At full speed a small network "
                                + "such as the playground's trains over 100 epochs a second on a 2-core laptop while "
                                + "every view keeps moving: the views work on a copy of the weights on their own "
                                + "thread, training runs at a lower priority (on Linux: nice 10, with the Java "
                                + "compiler and collector threads that work for it, and the idle scheduling class, so "
                                + "the window takes a core the moment it needs one) and the studio's garbage collector "
                                + "works beside the threads instead of stopping them (Shenandoah or ZGC). If other "
                                + "programs keep every core busy, training then gets little: start the studio with "
                                + "LAYERLAB_JAVA_OPTS=-Dlayerlab.trainingIdle=false (or -Dlayerlab.trainingNice=0 "
                                + "for the window's own priority); './layerlab bench' measures "
                                + "this machine (its matrix-product row is the ceiling for large networks such as "
                                + "MNIST's on this processor). While a run trains, the views, their figures and the status bar change "
                                + "together five times a second: at full speed the epoch count jumps by tens, as "
                                + "faster updates could not be read and would cost the window its smoothness."),
                new Concept("Training", "Loss and accuracy",
                        "Cross-entropy measures how much probability the network gives the right class; accuracy "
                                + "counts the examples whose most probable class is right. For regression the loss "
                                + "is the mean squared error (MSE)."),
                new Concept("Teaching", "Lessons, comparisons and sweeps",
                        "Teach > Lessons… lists the lecture notes' lessons: what happens, the question to ask the "
                                + "class, what to look at; Open in studio loads the lesson's project and Run check "
                                + "proves its effect. Teach > Compare runs… trains variants of the open project "
                                + "(same data, same seed) with overlaid curves; Teach > Sweep… tries one setting over "
                                + "a list of values and marks the best; Teach > Explorers… plots activations, "
                                + "learning-rate schedules and the bias/variance diagnosis."));
    }
}
